/**
 * SAMPLE_DATA: `1` loads the sample events into a fresh database, `0` never does. Unset, it is on
 * for a newcomer's `npm start` but OFF under NODE_ENV=production, so a real server never
 * publishes sample events by accident.
 */
export function sampleDataFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.SAMPLE_DATA?.trim()
  if (raw === undefined || raw === '') return env.NODE_ENV !== 'production'
  return raw !== '0' && raw.toLowerCase() !== 'false'
}
