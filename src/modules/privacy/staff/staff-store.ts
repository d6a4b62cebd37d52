import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { StaffRole } from "../lib/staff-roles"
import { firstRow } from "../lib/first-row"

/**
 * The staff roles. Raw SQL because a grant is an upsert on the user and a
 * revocation must not remove the last officer: the officers are locked in the
 * statement's transaction, so two officers revoking each other at once cannot
 * both succeed.
 */

export type StaffRow = { id: string; user_id: string; role: StaffRole; granted_by: string | null; granted_at: Date }

const COLUMNS = `id, user_id, role, granted_by, granted_at`

export async function roleOf(manager: SqlEntityManager, userId: string): Promise<StaffRole | null> {
  const row = await firstRow<{ role: StaffRole }>(manager, `SELECT role FROM privacy_staff WHERE user_id = ? AND deleted_at IS NULL`, [userId])
  return row?.role ?? null
}

export async function listStaff(manager: SqlEntityManager): Promise<StaffRow[]> {
  return manager.execute(`SELECT ${COLUMNS} FROM privacy_staff WHERE deleted_at IS NULL ORDER BY granted_at, id`)
}

/** Grants or changes a role; a changed role records who changed it and when. */
export async function upsertRole(manager: SqlEntityManager, input: { user_id: string; role: StaffRole; granted_by: string | null }): Promise<StaffRow> {
  const row = await firstRow<StaffRow>(
    manager,
    `INSERT INTO privacy_staff (id, user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?, now())
     ON CONFLICT (user_id) WHERE deleted_at IS NULL DO UPDATE
       SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = now(), updated_at = now()
       WHERE privacy_staff.role <> EXCLUDED.role
     RETURNING ${COLUMNS}`,
    [generateEntityId(undefined, "pstf"), input.user_id, input.role, input.granted_by]
  )
  // An unchanged role updates nothing and returns nothing: answer the row as it stands.
  return row ?? (await firstRow<StaffRow>(manager, `SELECT ${COLUMNS} FROM privacy_staff WHERE user_id = ? AND deleted_at IS NULL`, [input.user_id]))!
}

/** Grants officer to users that have no role yet; never demotes or changes who granted a role. */
export async function grantOfficersIfMissing(manager: SqlEntityManager, userIds: string[]): Promise<void> {
  for (const userId of userIds) {
    await manager.execute(
      `INSERT INTO privacy_staff (id, user_id, role, granted_by, granted_at) VALUES (?, ?, 'privacy_officer', NULL, now())
       ON CONFLICT (user_id) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "pstf"), userId]
    )
  }
}

/** Officers, locked until the transaction ends. */
export async function lockOfficers(manager: SqlEntityManager): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.execute(
    `SELECT user_id FROM privacy_staff WHERE role = 'privacy_officer' AND deleted_at IS NULL ORDER BY id FOR UPDATE`
  )
  return rows.map((row) => row.user_id)
}

export async function deleteRole(manager: SqlEntityManager, userId: string): Promise<StaffRow | undefined> {
  return firstRow<StaffRow>(manager, `DELETE FROM privacy_staff WHERE user_id = ? AND deleted_at IS NULL RETURNING ${COLUMNS}`, [userId])
}
