import { readFileSync } from 'node:fs'
import { buildHomeData, HOME_DATA_PATH, serializeHomeData } from '../../../scripts/build-home-data'
import { FAQ } from '../../../src/content/faq'
import { HOME } from '../../../src/content/home'
import { hotQuestions } from '../../../src/content/hot-questions'
import { LAWS } from '../../../src/content/laws'
import { LAW_IDS } from '../../../src/core/law/ids'

test('home.json is up to date with the Q&A (run npx tsx scripts/build-home-data.ts)', () => {
  expect(readFileSync(HOME_DATA_PATH, 'utf8')).toBe(serializeHomeData(buildHomeData()))
})

test('the home page lists the hot questions word for word, in order, each opening an existing answer', () => {
  expect(HOME.hotQuestions.map((q) => q.id)).toEqual(hotQuestions().map((e) => e.id))
  for (const q of HOME.hotQuestions) expect(FAQ.find((e) => e.id === q.id)?.question).toBe(q.question)
})

test('the link table of law ids matches the law texts', () => {
  expect(Object.keys(LAW_IDS).sort()).toEqual(LAWS.map((l) => l.name).sort())
  for (const law of LAWS) expect(LAW_IDS[law.name]).toBe(law.id)
})
