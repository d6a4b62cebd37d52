import { createHash, randomBytes } from "node:crypto"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { ConsentChannel, ConsentSource } from "../lib/constants"

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

/** True when a link for the same thing went out a moment ago: a form sent twice mails once. */
export async function hasRecentConfirmation(
  manager: SqlEntityManager,
  { subject_id, purpose, channel }: { subject_id: string; purpose: string; channel: ConsentChannel },
  withinMinutes: number
): Promise<boolean> {
  const rows: unknown[] = await manager.execute(
    `SELECT 1 FROM privacy_consent_confirmation
      WHERE subject_id = ? AND purpose = ? AND channel = ? AND confirmed_at IS NULL AND deleted_at IS NULL
        AND created_at > now() - make_interval(mins => ?)
      LIMIT 1`,
    [subject_id, purpose, channel, withinMinutes]
  )
  return rows.length > 0
}

/** Stores a pending double opt-in and returns its id and token; only the token's hash is kept. */
export async function createConfirmation(
  manager: SqlEntityManager,
  row: Omit<ConfirmationRow, "id" | "confirmed_at">
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url")
  const id = generateEntityId(undefined, "ccf")
  await manager.execute(
    `INSERT INTO privacy_consent_confirmation
       (id, subject_id, purpose, channel, source, token_hash, notice_version, notice_language,
        ip_prefix, user_agent, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      row.subject_id,
      row.purpose,
      row.channel,
      row.source,
      hashToken(token),
      row.notice_version,
      row.notice_language,
      row.ip_prefix,
      row.user_agent,
      row.expires_at,
    ]
  )
  return { id, token }
}

export async function cancelConfirmation(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(
    `UPDATE privacy_consent_confirmation SET deleted_at = now(), updated_at = now() WHERE id = ? AND confirmed_at IS NULL`,
    [id]
  )
}

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

/** A pending confirmation that can still be used, without using it (for the confirm page). */
export async function findUsableConfirmation(manager: SqlEntityManager, token: string): Promise<ConfirmationRow | undefined> {
  const rows: ConfirmationRow[] = await manager.execute(
    `SELECT * FROM privacy_consent_confirmation
      WHERE token_hash = ? AND confirmed_at IS NULL AND expires_at > now() AND deleted_at IS NULL`,
    [hashToken(token)]
  )
  return rows[0]
}
