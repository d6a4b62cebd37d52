import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { CookieCategory, CookieConsentAction } from "../lib/constants"

export type CookieConsentRow = {
  id: string
  consent_id: string
  customer_id: string | null
  action: CookieConsentAction
  granted: CookieCategory[]
  refused: CookieCategory[]
  revision: string
  language: string
  ip_prefix: string | null
  user_agent: string | null
  created_at: Date
  expires_at: Date
}

/** One statement a choice: the POST's whole cost in the database. */
export async function insertCookieConsent(manager: SqlEntityManager, row: CookieConsentRow): Promise<CookieConsentRow> {
  const [written] = await manager.execute(
    `INSERT INTO privacy_cookie_consent
       (id, consent_id, customer_id, action, granted, refused, revision, language, ip_prefix, user_agent, expires_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
     RETURNING id, consent_id, customer_id, action, granted, refused, revision, language, ip_prefix, user_agent, created_at, expires_at`,
    [
      row.id, row.consent_id, row.customer_id, row.action, JSON.stringify(row.granted), JSON.stringify(row.refused),
      row.revision, row.language, row.ip_prefix, row.user_agent, row.expires_at, row.created_at, row.created_at,
    ]
  )
  return written as CookieConsentRow
}

/** The choices made on one browser, newest first: what its visitor chose, for support and for the visitor. */
export async function listCookieConsents(manager: SqlEntityManager, filter: { consent_id?: string; customer_id?: string }, limit = 50): Promise<CookieConsentRow[]> {
  const [column, value] = filter.customer_id ? ["customer_id", filter.customer_id] : ["consent_id", filter.consent_id]
  return manager.execute(
    `SELECT id, consent_id, customer_id, action, granted, refused, revision, language, ip_prefix, user_agent, created_at, expires_at
       FROM privacy_cookie_consent WHERE ${column} = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?`,
    [value, Math.trunc(limit)]
  )
}
