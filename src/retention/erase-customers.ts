import { generateEntityId } from "@medusajs/framework/utils"
import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { applyErasure, countErasure, type TableCount } from "./apply-erasure"
import { bookkeepingPeriod, type BookkeepingRule } from "./bookkeeping-period"
import { bookkeepingRelease, relationshipErasure } from "./erasure-plan"
import { gatherScope, type Sql } from "./erasure-scope"

export type Transactional = Sql & { transaction: <T>(run: (trx: Sql) => Promise<T>) => Promise<T> }

export type ErasureSettings = {
  entries: readonly DataMapEntry[]
  bookkeeping: BookkeepingRule
  now: Date
}

export type KeptOrder = { order_id: string; display_id: number | null; kept_until: string; release_at: string }

/** Merchants' own tables and the column that names the customer in them. */
export function subjectColumnsOf(entries: readonly DataMapEntry[]): Record<string, string> {
  const columns: Record<string, string> = {}
  for (const entry of entries) {
    if (entry.subjectColumn) {
      columns[entry.table] = entry.subjectColumn
    }
  }
  return columns
}

/** The customers' orders and the day each one's buyer details may go (bookkeeping law). */
async function keptOrders(sql: Sql, settings: ErasureSettings): Promise<KeptOrder[]> {
  const { rows } = await sql.raw(
    `SELECT o.id, o.display_id, o.created_at FROM "order" o
      WHERE o.id IN (SELECT id FROM privacy_erase_order) AND o.is_draft_order = false ORDER BY o.created_at`
  )
  return rows.map((row) => {
    const period = bookkeepingPeriod(new Date(row.created_at), settings.bookkeeping)
    return { order_id: row.id, display_id: row.display_id, kept_until: period.kept_until, release_at: period.release_at.toISOString() }
  })
}

/**
 * Erases a batch of customers in one transaction, as the data map says:
 * register data anonymised or deleted, sign-ins removed, the profile reduced
 * to its number, the ledger pseudonymised, order details kept only where
 * bookkeeping needs them, with a hold that releases them later. Either all of
 * it happens or none; run again, it changes nothing more.
 */
export async function eraseCustomers(
  db: Transactional,
  customerIds: string[],
  settings: ErasureSettings,
  /** The erasure records completed in the same transaction, so the proof and the deed never part. */
  erasureIds: string[] = []
): Promise<{ counts: TableCount[]; kept: KeptOrder[] }> {
  return db.transaction(async (sql) => {
    // The consent ledger refuses changes except from retention's own maintenance.
    await sql.raw(`SET LOCAL privacy.ledger_maintenance = 'on'`)
    const emptySets = await gatherScope(sql, { customerIds })
    const kept = await keptOrders(sql, settings)
    if (kept.length) {
      await sql.raw(
        `INSERT INTO privacy_bookkeeping_hold (id, order_id, customer_id, release_at)
         SELECT k.id, k.order_id, o.customer_id, k.release_at
           FROM unnest(?::text[], ?::text[], ?::timestamptz[]) AS k(id, order_id, release_at)
           JOIN "order" o ON o.id = k.order_id
         ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING`,
        [kept.map(() => generateEntityId("", "pbkh")), kept.map((order) => order.order_id), kept.map((order) => order.release_at)]
      )
    }
    const counts = await applyErasure(sql, relationshipErasure(settings.entries), subjectColumnsOf(settings.entries), emptySets)
    const now = settings.now.toISOString()
    await sql.raw(
      `UPDATE customer SET deleted_at = coalesce(deleted_at, ?::timestamptz), has_account = false
        WHERE id IN (SELECT id FROM privacy_erase_customer)`,
      [now]
    )
    // The account holder rows went with the customer's payment accounts; so do the links to them.
    await sql.raw(`DELETE FROM customer_account_holder WHERE customer_id IN (SELECT id FROM privacy_erase_customer)`)
    await sql.raw(
      `UPDATE privacy_consent_subject SET closed_at = coalesce(closed_at, ?::timestamptz)
        WHERE id IN (SELECT id FROM privacy_erase_subject)`,
      [now]
    )
    await sql.raw(
      `UPDATE privacy_export SET status = 'expired', file_key = NULL
        WHERE customer_id IN (SELECT id FROM privacy_erase_customer) AND (status <> 'expired' OR file_key IS NOT NULL)`
    )
    await sql.raw(
      `UPDATE privacy_profile SET relationship_ended_at = coalesce(relationship_ended_at, ?::timestamptz),
              erased_at = coalesce(erased_at, ?::timestamptz), erasure_warning_sent_at = NULL
        WHERE customer_id IN (SELECT id FROM privacy_erase_customer)`,
      [now, now]
    )
    await sql.raw(
      `UPDATE privacy_erasure SET status = 'completed', completed_at = ?::timestamptz, failure_reason = NULL, holds = NULL,
              counts = ?::jsonb, updated_at = now()
        WHERE id = ANY(?::text[])`,
      [now, JSON.stringify(customerIds.length === 1 ? counts : { customers: customerIds.length, tables: counts }), erasureIds]
    )
    return { counts, kept }
  })
}

/** What `eraseCustomers` would do for these customers; changes nothing. */
export async function previewErasure(
  db: Transactional,
  customerIds: string[],
  settings: ErasureSettings
): Promise<{ counts: TableCount[]; kept: KeptOrder[] }> {
  let preview: { counts: TableCount[]; kept: KeptOrder[] } | undefined
  await db
    .transaction(async (sql) => {
      // Rolled back at the end: the temporary sets need a writable transaction.
      const emptySets = await gatherScope(sql, { customerIds })
      preview = {
        counts: await countErasure(sql, relationshipErasure(settings.entries), subjectColumnsOf(settings.entries), emptySets),
        kept: await keptOrders(sql, settings),
      }
      throw ROLLBACK
    })
    .catch((error) => {
      if (error !== ROLLBACK) {
        throw error
      }
    })
  return preview!
}

const ROLLBACK = Symbol("rollback")

/** Anonymises the buyer details held on orders whose bookkeeping period has ended. */
export async function releaseBookkeeping(db: Transactional, orderIds: string[], settings: ErasureSettings): Promise<TableCount[]> {
  return db.transaction(async (sql) => {
    const emptySets = await gatherScope(sql, { orderIds })
    const counts = await applyErasure(sql, bookkeepingRelease(settings.entries), {}, emptySets)
    await sql.raw(`UPDATE privacy_bookkeeping_hold SET released_at = ?::timestamptz WHERE order_id = ANY(?::text[]) AND released_at IS NULL`, [
      settings.now.toISOString(),
      orderIds,
    ])
    return counts
  })
}
