/**
 * Staff account changes, shared by the admin routes and `cli -- staff`: each checks its rule,
 * writes through the repository and leaves one audit entry.
 */
import { ApiError, validationFailed } from '../errors'
import { isUniqueViolation } from '../db'
import { checkPassword } from '../../src/core/staff/rules'
import type { StaffRole } from '../../src/core/staff/roles'
import { hashPassword } from './password'
import type { StaffService } from './auth'
import { countActiveAdmins, disableStaff, findStaff, insertStaff, setPasswordHash } from '../repositories/staff'

export async function addStaff(
  service: Pick<StaffService, 'db' | 'now' | 'audit'>,
  a: { username: string; displayName: string; role: StaffRole; password: string },
  actor: string
) {
  const passwordHash = await hashPassword(a.password)
  try {
    await insertStaff(service.db, { username: a.username, displayName: a.displayName, role: a.role, passwordHash }, service.now())
  } catch (e) {
    if (isUniqueViolation(e)) throw new ApiError(409, 'STAFF_EXISTS', `用户名 ${a.username} 已存在`)
    throw e
  }
  await service.audit(actor, 'staff.add', `staff:${a.username}`)
  return { username: a.username, displayName: a.displayName, role: a.role, disabled: false }
}

export async function disableAccount(service: Pick<StaffService, 'db' | 'now' | 'audit'>, username: string, actor: string) {
  const row = await findStaff(service.db, username)
  if (!row) throw new ApiError(404, 'NOT_FOUND', `没有用户名为 ${username} 的工作人员`)
  if (row.role === 'admin' && row.disabledAt === null && (await countActiveAdmins(service.db)) <= 1) {
    throw new ApiError(409, 'LAST_ADMIN', '这是最后一个启用的管理员账号，不能停用')
  }
  await disableStaff(service.db, username, service.now())
  await service.audit(actor, 'staff.disable', `staff:${username}`)
}

export async function resetPassword(service: Pick<StaffService, 'db' | 'now' | 'audit'>, username: string, password: string, actor: string) {
  const bad = checkPassword(password)
  if (bad) throw validationFailed([bad])
  if (!(await findStaff(service.db, username))) throw new ApiError(404, 'NOT_FOUND', `没有用户名为 ${username} 的工作人员`)
  await setPasswordHash(service.db, username, await hashPassword(password), service.now())
  await service.audit(actor, 'staff.reset-password', `staff:${username}`)
}
