/** Audit entries for changes and exports made from the command line (`cli:<os user>`). */
import os from 'node:os'
import type { Kysely } from 'kysely'
import type { DB } from '../db'
import { auditEntry, type AuditAction } from '../../src/core/staff/audit'
import { appendAudit } from '../repositories/staff'

export function cliActor(): string {
  let name = 'unknown'
  try {
    name = os.userInfo().username
  } catch {
    /* no passwd entry (some containers) */
  }
  return `cli:${name.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64) || 'unknown'}`
}

export async function auditFromCli(db: Kysely<DB>, action: AuditAction, target: string): Promise<void> {
  await appendAudit(db, auditEntry(Date.now(), cliActor(), action, target))
}
