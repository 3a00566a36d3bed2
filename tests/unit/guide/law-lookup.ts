/** The guide checks its citations against every official text (carried and supporting laws). */
export { officialLookup as lookup } from '../law/official-texts'
