import type { ArticleRef, CarriedLawName } from '../law/types'

/** Topics of the Q&A, in the order the 问答 page shows them as chips. */
export const FAQ_TOPICS = ['怎样提出信访', '受理和办理', '复查和复核', '该走哪条路', '信访以外的常见纠纷', '行为规范和后果', '权利保障', '使用本程序'] as const
export type FaqTopic = (typeof FAQ_TOPICS)[number]

export interface FaqEntry {
  /** Stable id, e.g. 'faq-review-deadline'; used in routes and `related`. */
  id: string
  topic: FaqTopic
  /** The question as a citizen would ask it. */
  question: string
  /** One or two sentences: the direct answer, shown first. */
  short: string
  refs: ArticleRef[]
  /** ids of related entries. */
  related: string[]
}

/** An entry with its fuller answer (src/content/faq-answers.ts; paragraphs separated by '\n'). */
export interface FaqEntryWithAnswer extends FaqEntry {
  answer: string
}

export interface ExplainerCard {
  id: string
  /** One-line headline. */
  title: string
  /** Two or three sentences of explanation. */
  body: string
  /** PNG file name under assets/explainers/png (SVG source beside it under assets/explainers/svg). */
  image: string
  /** Alt text for the illustration. */
  alt: string
  refs: ArticleRef[]
}

export interface ExplainerChapter {
  /** 1-based chapter of the 2022 regulation. */
  chapter: number
  title: string
  cards: ExplainerCard[]
}

export interface Interpretation {
  law: CarriedLawName
  article: number
  /** What it means for the citizen, in one sentence. */
  meaning: string
  /** What to do, in short sentences. */
  whatToDo: string[]
  /** The deadline, if the article sets one. */
  deadline?: string
  /** Other articles this reading leans on. */
  refs: ArticleRef[]
}
