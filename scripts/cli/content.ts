/**
 * `cli -- content export`: one JSON document with all of the app's content (documented in the
 * README): laws, explainers, interpretations, faq, guide, clips, posters.
 */
import { articleCount, LAWS } from '../../src/content/laws/index'
import { EXPLAINERS } from '../../src/content/explainers'
import { INTERPRETATIONS } from '../../src/content/interpretations'
import { FAQ_WITH_ANSWERS } from '../../src/content/faq-answers'
import { FAQ_KEYWORDS } from '../../src/content/faq-keywords'
import { guideExport } from '../../src/content/guide/export'
import { mediaExport } from '../../src/content/media'
import { command, parseCommandArgs, usage, type CliIo } from './io'

export function contentExport() {
  return {
    laws: LAWS.map((law) => ({
      id: law.id,
      name: law.name,
      title: law.title,
      articleCount: articleCount(law),
      chapters: law.chapters.map((chapter) => ({
        title: chapter.title,
        articles: chapter.articles.map((a) => ({ number: a.number, text: a.paragraphs.join('\n') }))
      }))
    })),
    explainers: EXPLAINERS.map((chapter) => ({
      chapter: chapter.chapter,
      title: chapter.title,
      cards: chapter.cards.map((card) => ({ id: card.id, title: card.title, body: card.body, image: `assets/explainers/png/${card.image}`, alt: card.alt, refs: card.refs }))
    })),
    interpretations: INTERPRETATIONS.map((i) => ({
      law: i.law,
      article: i.article,
      body: [i.meaning, ...i.whatToDo, ...(i.deadline ? [`期限：${i.deadline}`] : [])].join('\n'),
      meaning: i.meaning,
      whatToDo: i.whatToDo,
      deadline: i.deadline ?? null,
      refs: i.refs
    })),
    faq: FAQ_WITH_ANSWERS.map((f) => ({ id: f.id, topic: f.topic, question: f.question, short: f.short, answer: f.answer, refs: f.refs, related: f.related, keywords: FAQ_KEYWORDS[f.id] ?? [] })),
    guide: guideExport(),
    ...mediaExport()
  }
}

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const { positionals } = parseCommandArgs(args, { json: { type: 'boolean' } })
  const [sub, ...rest] = positionals
  if (sub !== 'export') return usage(io, `未知的 content 子命令「${sub ?? ''}」，可用：content export`, `unknown content subcommand "${sub ?? ''}"; use: content export`)
  if (rest.length) return usage(io, `content export 不接受参数 ${rest.join(' ')}`, `content export takes no arguments besides --json`)
  io.stdout(JSON.stringify(contentExport(), null, 2) + '\n')
  return 0
})
