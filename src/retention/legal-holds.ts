import type { LegalHold } from "../modules/privacy/lib/constants"
import { gatherPerson } from "../processors/person"
import { emailHash } from "../processors/sets"
import type { Sql, Transactional } from "../processors/types"

/** A hold of an order, or a restriction of processing (order_id null). */
export type HoldReason = { hold: LegalHold; order_id: string | null; display_id: number | null }

/**
 * What still binds the shop and the customer (GDPR Art. 17(3)(b), (e)): an
 * order not paid, a payment authorised but not captured, goods not yet
 * delivered, a return or a claim still open. Each is read from the live
 * order, so a hold lifts by itself when its cause does. The orders are the
 * person's (person.ts), guest checkouts under the same address included,
 * each told under the account it was reached from.
 */
const HOLDS_SQL = `
WITH orders AS (
  SELECT o.id, pc.account_id, o.display_id, o.version
    FROM "order" o JOIN privacy_person_customer pc ON pc.id = o.customer_id
   WHERE o.deleted_at IS NULL AND o.is_draft_order = false
     AND o.status NOT IN ('canceled', 'archived', 'draft')
)
SELECT o.account_id AS customer_id, o.id AS order_id, o.display_id, h.hold
  FROM orders o
  JOIN LATERAL (
    SELECT 'unpaid_payment' AS hold WHERE EXISTS (
      SELECT 1 FROM order_payment_collection opc JOIN payment_collection pc ON pc.id = opc.payment_collection_id
       WHERE opc.order_id = o.id AND opc.deleted_at IS NULL AND pc.deleted_at IS NULL
         AND pc.status IN ('not_paid', 'awaiting', 'failed'))
    UNION ALL
    SELECT 'uncaptured_payment' WHERE EXISTS (
      SELECT 1 FROM order_payment_collection opc JOIN payment_collection pc ON pc.id = opc.payment_collection_id
       WHERE opc.order_id = o.id AND opc.deleted_at IS NULL AND pc.deleted_at IS NULL
         AND pc.status IN ('authorized', 'partially_authorized', 'partially_captured'))
    UNION ALL
    SELECT 'unfulfilled_order' WHERE EXISTS (
      SELECT 1 FROM order_item oi
       WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
         AND oi.fulfilled_quantity < oi.quantity)
    UNION ALL
    SELECT 'open_return' WHERE EXISTS (
      SELECT 1 FROM return r
       WHERE r.order_id = o.id AND r.deleted_at IS NULL AND r.canceled_at IS NULL
         AND r.status IN ('open', 'requested', 'partially_received'))
    UNION ALL
    SELECT 'open_claim' WHERE EXISTS (
      SELECT 1 FROM order_change c
       WHERE c.order_id = o.id AND c.deleted_at IS NULL
         AND (c.claim_id IS NOT NULL OR c.exchange_id IS NOT NULL)
         AND c.status IN ('pending', 'requested'))
  ) h ON true
 ORDER BY o.account_id, o.display_id, h.hold`

/**
 * Restrictions of processing (Art. 18) standing for one of the person's
 * customer rows or addresses (a verified address without an account is told
 * under the address itself): retention must keep the data until they are
 * lifted. The address is compared by its keyed hash (processors/sets.ts).
 */
const RESTRICTIONS_SQL = `
SELECT DISTINCT pc.account_id AS customer_id FROM privacy_person_customer pc
  JOIN privacy_restriction r ON r.deleted_at IS NULL AND r.lifted_at IS NULL
   AND (r.customer_id = pc.id OR (pc.email IS NOT NULL AND pc.email <> ''
        AND r.email_hash = ${emailHash("pc.email")}))
UNION
SELECT DISTINCT a.email FROM privacy_person_address a
  JOIN privacy_restriction r ON r.deleted_at IS NULL AND r.lifted_at IS NULL
   AND r.email_hash = ${emailHash("a.email")}`

/** The holds of people already gathered in the current transaction. */
export async function holdsOfGathered(sql: Sql): Promise<Map<string, HoldReason[]>> {
  const holds = new Map<string, HoldReason[]>()
  const { rows } = await sql.raw(HOLDS_SQL)
  for (const row of rows) {
    const list = holds.get(row.customer_id) ?? []
    list.push({ hold: row.hold, order_id: row.order_id, display_id: row.display_id })
    holds.set(row.customer_id, list)
  }
  for (const row of (await sql.raw(RESTRICTIONS_SQL)).rows) {
    holds.set(row.customer_id, [...(holds.get(row.customer_id) ?? []), { hold: "restricted", order_id: null, display_id: null }])
  }
  return holds
}

export async function findLegalHolds(
  db: Transactional,
  customerIds: string[],
  emailKey: string,
  emails: string[] = []
): Promise<Map<string, HoldReason[]>> {
  if (!customerIds.length && !emails.length) {
    return new Map()
  }
  return db.transaction(async (sql) => {
    await gatherPerson(sql, { customerIds, emails, emailKey, customersOnly: true })
    return holdsOfGathered(sql)
  })
}
