import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { ErasureTrigger } from "../lib/constants"
import { executeBound } from "../lib/bound-statement"
import { entityIds } from "../lib/entity-ids"

export type ErasureRequests = {
  trigger: ErasureTrigger
  actor: { type: string; id?: string | null }
  reason?: string | null
  run_id?: string | null
  now: string
  /** Customers whose relationship ends now (a closed account, a staff request), even while a hold waits. */
  ending_customer_ids: string[]
  /** One record per customer: a new id, or the id of the customer's open record, which is reused. */
  records: { id: string; customer_id: string; customer_number: string | null; status: "pending" | "blocked"; holds: unknown[] | null; reused: boolean }[]
}

export type CompletedErasures = {
  erasure_ids: string[]
  /** Every customer row of the people erased (accounts and guest rows), whose export records expire. */
  customer_ids: string[]
  kept: { order_id: string; customer_id: string | null; release_at: string }[]
  counts: unknown
  now: string
  /** Exports of a verified address without an account, which expire with it. */
  export_ids?: string[]
}

/** The erasure of a verified address without an account: no customer, the address only as its keyed hash. */
export type AddressErasureRequest = {
  id: string
  email: string
  status: "pending" | "blocked"
  holds: unknown[] | null
  actor: { type: string; id?: string | null }
  reason?: string | null
}

/**
 * Records what an erasure did, once the records are erased: the holds on
 * orders kept as accounting material, export records expired and the
 * erasure records completed. (Profiles and consent subjects are marked in the
 * erasure's own transaction, by their processors' `marksErased`.)
 * Raw SQL for set-based, conditional updates of thousands of rows in one
 * statement each (id lists travel as JSON, bound rather than written into the
 * statement); every statement is idempotent, so a retried erasure records the
 * same outcome once.
 */
export async function completeErasures(manager: SqlEntityManager, input: CompletedErasures): Promise<void> {
  if (input.kept.length) {
    const ids = entityIds("pbkh", input.kept.length)
    await executeBound(
      manager,
      `INSERT INTO privacy_bookkeeping_hold (id, order_id, customer_id, release_at)
       SELECT k.id, k.order_id, k.customer_id, k.release_at
         FROM jsonb_to_recordset(?::jsonb) AS k(id text, order_id text, customer_id text, release_at timestamptz)
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING`,
      [JSON.stringify(input.kept.map((order, index) => ({ ...order, id: ids[index] })))]
    )
  }
  await executeBound(
    manager,
    `UPDATE privacy_export SET status = 'expired', file_key = NULL,
            email = CASE WHEN id IN (SELECT jsonb_array_elements_text(?::jsonb)) THEN NULL ELSE email END
      WHERE (customer_id IN (SELECT jsonb_array_elements_text(?::jsonb)) OR id IN (SELECT jsonb_array_elements_text(?::jsonb)))
        AND (status <> 'expired' OR file_key IS NOT NULL OR email IS NOT NULL)`,
    [JSON.stringify(input.export_ids ?? []), JSON.stringify(input.customer_ids), JSON.stringify(input.export_ids ?? [])]
  )
  await executeBound(
    manager,
    `UPDATE privacy_erasure SET status = 'completed', completed_at = ?::timestamptz, failure_reason = NULL, holds = NULL,
            counts = ?::jsonb, updated_at = now()
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [input.now, JSON.stringify(input.counts), JSON.stringify(input.erasure_ids)]
  )
}

/** Marks the holds of orders whose buyer details were released. */
export async function releaseHolds(manager: SqlEntityManager, orderIds: string[], now: string): Promise<void> {
  await executeBound(
    manager,
    `UPDATE privacy_bookkeeping_hold SET released_at = ?::timestamptz WHERE order_id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND released_at IS NULL`,
    [now, JSON.stringify(orderIds)]
  )
}

/**
 * Records erasures before anything is erased: a reused record (same id) takes
 * the new status and holds, so asking again resumes it. The relationship's
 * end is kept if it was already recorded.
 */
export async function recordErasureRequests(manager: SqlEntityManager, input: ErasureRequests): Promise<void> {
  if (input.ending_customer_ids.length) {
    await executeBound(
      manager,
      `UPDATE privacy_profile SET relationship_ended_at = coalesce(relationship_ended_at, ?::timestamptz)
        WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND deleted_at IS NULL`,
      [input.now, JSON.stringify(input.ending_customer_ids)]
    )
  }
  // A new record's id was drawn just now and cannot be taken: a plain insert, without the
  // conflict check (a speculative insertion per row) that a reused record needs.
  const fresh = input.records.filter((record) => !record.reused)
  const reused = input.records.filter((record) => record.reused)
  const values = [input.trigger, input.actor.type, input.actor.id ?? null, input.reason ?? null, input.run_id ?? null]
  const select = `SELECT r.id, r.customer_id, r.customer_number, ?, r.status, ?, ?, ?, r.holds, ?
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, customer_id text, customer_number text, status text, holds jsonb)`
  const columns = `privacy_erasure (id, customer_id, customer_number, trigger, status, actor_type, actor_id, reason, holds, run_id)`
  if (fresh.length) {
    await executeBound(manager, `INSERT INTO ${columns} ${select}`, [...values, JSON.stringify(fresh)])
  }
  if (reused.length) {
    await executeBound(
      manager,
      `INSERT INTO ${columns} ${select}
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, holds = excluded.holds, run_id = excluded.run_id,
          failure_reason = NULL, updated_at = now()`,
      [...values, JSON.stringify(reused)]
    )
  }
}

/** Marks records still pending as failed: the erasure stopped before it was done. */
export async function failPendingErasures(manager: SqlEntityManager, erasureIds: string[]): Promise<void> {
  await executeBound(
    manager,
    `UPDATE privacy_erasure SET status = 'failed', updated_at = now(),
            failure_reason = 'The erasure stopped before it was done; asking again or the next retention run resumes it.'
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND status = 'pending'`,
    [JSON.stringify(erasureIds)]
  )
}

/**
 * Records the erasure of an address before anything is erased. The hash is
 * computed as privacy_email_history's (processors/sets.ts), so the record
 * can be matched to the address later without keeping it.
 */
export async function recordAddressErasure(manager: SqlEntityManager, input: AddressErasureRequest, emailKey: string): Promise<void> {
  await executeBound(
    manager,
    `INSERT INTO privacy_erasure (id, customer_id, email_hash, trigger, status, actor_type, actor_id, reason, holds)
     VALUES (?, NULL, encode(sha256(convert_to(?::text || lower(trim(?::text)), 'UTF8')), 'hex'), 'staff', ?, ?, ?, ?, ?::jsonb)`,
    [input.id, emailKey, input.email, input.status, input.actor.type, input.actor.id ?? null, input.reason ?? null, input.holds ? JSON.stringify(input.holds) : null]
  )
}
