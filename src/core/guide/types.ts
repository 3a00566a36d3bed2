import type { DeadlineStage } from '../deadlines/types'
import type { ArticleLookup } from '../law/citations'
import type { ArticleRef } from '../law/types'

/**
 * The channel finder (依法信访引导图) as data: a small decision tree of plain questions whose
 * answers end at a channel card. Plain TypeScript, no Taro: runs in jest, node and the mini-program.
 */

/**
 * One statement on a card with what it rests on. Citations of the laws the reader carries are
 * tappable (open the reader); citations of supporting laws (民法典, 民事诉讼法…) are shown as plain
 * text with the law's name. Practical tips cite nothing.
 */
export interface Cited {
  text: string
  refs: ArticleRef[]
}

export interface GuideOption {
  /** The answer in everyday words. */
  label: string
  /** Id of the next question or of the channel this answer leads to. */
  next: string
}

export interface GuideNode {
  id: string
  question: string
  /** One line of help under the question. */
  hint?: string
  options: GuideOption[]
}

export interface GuideChannel {
  id: string
  /** Card title, e.g. 「行政复议」. */
  name: string
  /** Two or three sentences: why this is the right door. */
  summary: Cited
  /** Who handles it. */
  handler: Cited
  /** How to start: in person, online, by phone (generic; no invented numbers or addresses). */
  howToStart: Cited[]
  /** What to prepare. */
  prepare: Cited[]
  /** Time limits, each with its article. */
  limits: Cited[]
  /** What happens next. */
  next: Cited[]
  /** What not to do. */
  dont: Cited[]
  /** The card's main articles (chips under the title; the export's `refs`). */
  refs: ArticleRef[]
  /** Channel ids worth a look as well (e.g. 行政复议 ↔ 行政诉讼). */
  related?: string[]
  /** Everyday words for the situation, for the search only (「被打了」 → 报警求助). */
  keywords?: string[]
}

export interface GuideTree {
  /** Bump when answers change meaning, so old share paths are not misread. */
  version: number
  /** Id of the first question. */
  start: string
  nodes: GuideNode[]
  channels: GuideChannel[]
}

/** Where a citizen is in the tree. Immutable; every engine call returns a new state. */
export interface GuideState {
  /** Option index chosen at each question, in order. */
  answers: number[]
  /** Ids of the questions asked, in order (answers.length of them, plus the open one if any). */
  path: string[]
  /** The question now on screen, or null once a channel is reached. */
  node: GuideNode | null
  /** The channel reached, or null while questions remain. */
  channel: GuideChannel | null
}

export interface GuideSummaryItem {
  nodeId: string
  question: string
  answer: string
}

export type GuideErrorCode = 'BAD_PATH' | 'BAD_OPTION' | 'FINISHED'

export interface GuideError {
  code: GuideErrorCode
  /** Chinese, for the screen. */
  message: string
}

export type DecodeResult = { ok: true; state: GuideState } | { ok: false; error: GuideError }

export type TreeProblemCode =
  | 'NO_START'
  | 'DUPLICATE_ID'
  | 'DANGLING_NEXT'
  | 'UNREACHABLE'
  | 'CYCLE'
  | 'TOO_DEEP'
  | 'NO_OPTIONS'
  | 'EMPTY_TEXT'
  | 'MISSING_REF'
  | 'UNCITED'

export interface TreeProblem {
  code: TreeProblemCode
  /** Node or channel id the problem is at. */
  at: string
  message: string
}

/** Looks up an article's paragraphs (as stored: items 「（一）…」 are separate entries). */
export type LawLookup = ArticleLookup

/** One node of the petition process map (信访流程图), top to bottom. */
export interface ProcessStep {
  id: string
  /** 「复查」 */
  title: string
  /** One line under the title: 「不服处理意见，30日内向上一级请求复查」. */
  short: string
  /** The explanation opened on tap: short paragraphs, each with its articles. */
  explanation: Cited[]
  refs: ArticleRef[]
  /** The time limit as a badge: 「15日内」, 「60日，可延长30日」; absent when there is none. */
  durationLabel?: string
  /** The deadline calculator stage whose date this step starts (for a 「算一算日期」 link). */
  stage?: DeadlineStage
  /** Marks the end of the line (不再受理). */
  final?: boolean
}
