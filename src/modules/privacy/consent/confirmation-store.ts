import { createHash } from "node:crypto"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { ConsentChannel, ConsentSource } from "../lib/constants"
import { MEMBERS } from "./subject-store"

/**
 * The double opt-in queries the data-model services cannot express: a claim
 * that succeeds once (a conditional UPDATE ... RETURNING, so two clicks
 * cannot both grant), and reads and cancellations across the subjects whose
 * histories were joined (a subquery over `merged_into_id`).
 */

export type ConfirmationRow = {
  id: string
  subject_id: string
  purpose: string
  channel: ConsentChannel
  source: ConsentSource
  notice_version: string | null
  notice_language: string | null
  ip_prefix: string | null
  user_agent: string | null
  expires_at: Date
  confirmed_at: Date | null
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")

const SHOWN = `purpose, channel, source, notice_version, notice_language, ip_prefix, user_agent, created_at, expires_at, confirmed_at`

/** Marks a pending confirmation used, once: a second use finds nothing. */
export async function claimConfirmation(manager: SqlEntityManager, token: string): Promise<ConfirmationRow | undefined> {
  const rows: ConfirmationRow[] = await manager.execute(
    `UPDATE privacy_consent_confirmation SET confirmed_at = now(), updated_at = now()
      WHERE token_hash = ? AND confirmed_at IS NULL AND expires_at > now() AND deleted_at IS NULL
      RETURNING *`,
    [hashToken(token)]
  )
  return rows[0]
}

/** Pending double opt-ins for a consent that just changed can no longer be used: an old link never re-grants. */
export async function cancelPendingConfirmations(
  manager: SqlEntityManager,
  subjectId: string,
  purpose: string,
  channel: ConsentChannel
): Promise<void> {
  await manager.execute(
    `UPDATE privacy_consent_confirmation SET deleted_at = now(), updated_at = now()
      WHERE subject_id IN (${MEMBERS}) AND purpose = ? AND channel = ?
        AND confirmed_at IS NULL AND deleted_at IS NULL`,
    [subjectId, subjectId, purpose, channel]
  )
}

export async function confirmationsOf(manager: SqlEntityManager, subjectId: string) {
  return manager.execute(
    `SELECT ${SHOWN}
       FROM privacy_consent_confirmation
      WHERE subject_id IN (${MEMBERS}) AND deleted_at IS NULL
      ORDER BY created_at`,
    [subjectId, subjectId]
  )
}

/** One page of a subject's double opt-ins, by id. */
export async function confirmationsPage(manager: SqlEntityManager, subjectId: string, afterId: string, limit: number) {
  return manager.execute(
    `SELECT id, ${SHOWN}
       FROM privacy_consent_confirmation
      WHERE subject_id IN (${MEMBERS}) AND deleted_at IS NULL AND id > ?
      ORDER BY id LIMIT ?`,
    [subjectId, subjectId, afterId, limit]
  )
}
