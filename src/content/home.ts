/**
 * What the home page shows from the content, precomputed (scripts/build-home-data.ts writes
 * generated/home.json) so that the home page does not load the whole Q&A to list four questions.
 */
import data from './generated/home.json'

export interface HotQuestionLink {
  id: string
  question: string
}

export interface HomeData {
  /** The hot questions (content/hot-questions.ts), in their curated order. */
  hotQuestions: HotQuestionLink[]
}

export const HOME: HomeData = data
