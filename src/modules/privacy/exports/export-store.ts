import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/**
 * The state changes of an export, each one conditional UPDATE ... RETURNING:
 * of two builds started for the same export (an event delivered twice, a
 * double-clicked retry) exactly one wins, and a finished build cannot
 * overwrite another's. Raw because the data-model services update by reading
 * and then writing, which two racing builds would both pass.
 */

export type ExportRow = {
  id: string
  customer_id: string | null
  /** The verified address of a person without an account (customer_id null). */
  email: string | null
  status: string
  requested_by: string
  verification: string
  language: string
  attempts: number
  file_key: string | null
  created_at: Date
  expires_at: Date | null
}

const first = (rows: ExportRow[]): ExportRow | null => rows[0] ?? null

/** pending → building, one attempt more. Null when the export is not pending (another run has it). */
export async function claimBuild(manager: SqlEntityManager, id: string): Promise<ExportRow | null> {
  return first(
    await manager.execute(
      `UPDATE privacy_export SET status = 'building', attempts = attempts + 1, failure_reason = NULL, updated_at = now()
        WHERE id = ? AND status = 'pending' AND deleted_at IS NULL RETURNING *`,
      [id]
    )
  )
}

/** building → ready with the stored file, only for the attempt that built it. */
export async function completeBuild(
  manager: SqlEntityManager,
  input: { id: string; attempt: number; file_key: string; file_size: number; checksum: string; ready_at: Date; expires_at: Date }
): Promise<ExportRow | null> {
  return first(
    await manager.execute(
      `UPDATE privacy_export
          SET status = 'ready', file_key = ?, file_size = ?, checksum = ?, ready_at = ?, expires_at = ?, updated_at = now()
        WHERE id = ? AND status = 'building' AND attempts = ? AND deleted_at IS NULL RETURNING *`,
      [input.file_key, input.file_size, input.checksum, input.ready_at, input.expires_at, input.id, input.attempt]
    )
  )
}

/** ready → building again (compensation of a completion whose later steps failed). */
export async function uncompleteBuild(manager: SqlEntityManager, id: string, attempt: number): Promise<void> {
  await manager.execute(
    `UPDATE privacy_export
        SET status = 'building', file_key = NULL, file_size = NULL, checksum = NULL, ready_at = NULL, expires_at = NULL, updated_at = now()
      WHERE id = ? AND status = 'ready' AND attempts = ?`,
    [id, attempt]
  )
}

/** building (or pending) → failed with the reason. Null when the export was not in one of those states. */
export async function failBuild(
  manager: SqlEntityManager,
  id: string,
  reason: string,
  from: readonly string[] = ["building"]
): Promise<ExportRow | null> {
  return first(
    await manager.execute(
      `UPDATE privacy_export SET status = 'failed', failure_reason = ?, updated_at = now()
        WHERE id = ? AND status IN (SELECT jsonb_array_elements_text(?::jsonb)) AND deleted_at IS NULL RETURNING *`,
      [reason.slice(0, 500), id, JSON.stringify(from)]
    )
  )
}

/** failed → pending, for a retry. Null when the export is not failed (or not the customer's). */
export async function reopenFailed(manager: SqlEntityManager, id: string, customerId: string): Promise<ExportRow | null> {
  return first(
    await manager.execute(
      `UPDATE privacy_export SET status = 'pending', updated_at = now()
        WHERE id = ? AND customer_id = ? AND status = 'failed' AND deleted_at IS NULL RETURNING *`,
      [id, customerId]
    )
  )
}

/** pending → failed again, when a retry could not be started. */
export async function unreopen(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(`UPDATE privacy_export SET status = 'failed', updated_at = now() WHERE id = ? AND status = 'pending'`, [id])
}

export async function countDownload(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(
    `UPDATE privacy_export SET download_count = download_count + 1, last_downloaded_at = now() WHERE id = ?`,
    [id]
  )
}
