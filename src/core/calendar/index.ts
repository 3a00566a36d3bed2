/** The 活动 calendar's pure logic (no Taro): month grid, marks, filters, ICS, keys, QR. */
export * from './month'
export * from './events'
export * from './ics'
export * from './idempotency'
export * from './cache'
