/**
 * Staff password hashing: scrypt from node:crypto with a random salt. The parameters travel
 * with the hash (`scrypt$N$r$p$salt$key`, base64url), so raising the cost later still verifies
 * old hashes. Verification compares in constant time.
 */
import crypto from 'node:crypto'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** About 50–100 ms on one core here: slow for guessing, fine for a sign-in. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_LENGTH = 16

function scrypt(password: string, salt: Buffer, params: ScryptParams, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r bytes.
    crypto.scrypt(password.normalize('NFC'), salt, keylen, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key)
    )
  })
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH)
  const key = await scrypt(password, salt, params, KEY_LENGTH)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map(Number)
  // Refuse absurd costs from a tampered row rather than burn memory on them.
  if (![N, r, p].every(Number.isInteger) || N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null
  const salt = Buffer.from(parts[4], 'base64url')
  const key = Buffer.from(parts[5], 'base64url')
  if (salt.length < 8 || key.length < 16) return null
  return { params: { N, r, p }, salt, key }
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored)
  if (!parsed) return false
  const key = await scrypt(password, parsed.salt, parsed.params, parsed.key.length)
  return crypto.timingSafeEqual(key, parsed.key)
}

/**
 * A hash of a random password, made once: verifying against it for unknown usernames costs the
 * same time as a real check, so response times do not reveal which accounts exist.
 */
let dummy: Promise<string> | null = null
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'))
  return dummy
}
