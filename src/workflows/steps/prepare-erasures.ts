import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ErasureTrigger } from "../../modules/privacy/lib/constants"
import { findLegalHolds, type HoldReason } from "../../retention/legal-holds"
import { database, erasureSettings } from "../../retention/settings"

export type PrepareErasuresInput = {
  customer_ids: string[]
  trigger: ErasureTrigger
  actor: { type: "customer" | "user" | "api-key" | "system"; id?: string | null }
  reason?: string | null
  run_id?: string | null
  now: string
}

export type PreparedErasure = { customer_id: string; erasure_id: string; customer_number: string | null }
export type PreparedErasures = {
  erasable: PreparedErasure[]
  blocked: (PreparedErasure & { holds: HoldReason[] })[]
  already_erased: string[]
}

/**
 * Records the erasure of each customer before anything is erased: pending,
 * or blocked with the legal holds that stop it. A customer's open record is
 * reused, so asking again (or the next sweep) resumes it rather than starting
 * a second one. A closed account or a staff request ends the relationship now
 * even while a hold waits. Compensation marks the records the run could not
 * finish as failed, with the reason.
 */
export const prepareErasuresStep = createStep(
  "prepare-privacy-erasures",
  async (input: PrepareErasuresInput, { container }) => {
    const db = database(container)
    const { rows: customers } = await db.raw(
      `SELECT c.id, p.customer_number, p.erased_at FROM customer c
         LEFT JOIN privacy_profile p ON p.customer_id = c.id AND p.deleted_at IS NULL
        WHERE c.id = ANY(?::text[])`,
      [input.customer_ids]
    )
    const alreadyErased = customers.filter((row) => row.erased_at).map((row) => row.id as string)
    const open = customers.filter((row) => !row.erased_at)
    const holds = await findLegalHolds(db, open.map((row) => row.id), erasureSettings(container).emailKey)

    if (input.trigger !== "retention" && open.length) {
      await db.raw(
        `UPDATE privacy_profile SET relationship_ended_at = coalesce(relationship_ended_at, ?::timestamptz)
          WHERE customer_id = ANY(?::text[]) AND deleted_at IS NULL`,
        [input.now, open.map((row) => row.id)]
      )
    }

    const { rows: existing } = await db.raw(
      `SELECT DISTINCT ON (customer_id) id, customer_id FROM privacy_erasure
        WHERE customer_id = ANY(?::text[]) AND status IN ('pending', 'blocked', 'failed') AND deleted_at IS NULL
        ORDER BY customer_id, created_at DESC`,
      [open.map((row) => row.id)]
    )
    const reuse = new Map(existing.map((row) => [row.customer_id as string, row.id as string]))
    const result: PreparedErasures = { erasable: [], blocked: [], already_erased: alreadyErased }
    const records = open.map((row) => {
      const customerHolds = holds.get(row.id) ?? []
      const prepared = {
        customer_id: row.id as string,
        erasure_id: reuse.get(row.id) ?? generateEntityId("", "perase"),
        customer_number: (row.customer_number as string | null) ?? null,
      }
      if (customerHolds.length) {
        result.blocked.push({ ...prepared, holds: customerHolds })
      } else {
        result.erasable.push(prepared)
      }
      return { ...prepared, id: prepared.erasure_id, status: customerHolds.length ? "blocked" : "pending", holds: customerHolds.length ? customerHolds : null }
    })
    if (records.length) {
      await db.raw(
        `INSERT INTO privacy_erasure (id, customer_id, customer_number, trigger, status, actor_type, actor_id, reason, holds, run_id)
         SELECT r.id, r.customer_id, r.customer_number, ?, r.status, ?, ?, ?, r.holds, ?
           FROM jsonb_to_recordset(?::jsonb) AS r(id text, customer_id text, customer_number text, status text, holds jsonb)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, holds = excluded.holds, run_id = excluded.run_id,
              failure_reason = NULL, updated_at = now()`,
        [input.trigger, input.actor.type, input.actor.id ?? null, input.reason ?? null, input.run_id ?? null, JSON.stringify(records)]
      )
    }
    return new StepResponse(result, result.erasable.map((row) => row.erasure_id))
  },
  async (erasureIds, { container }) => {
    if (!erasureIds?.length) {
      return
    }
    await database(container).raw(
      `UPDATE privacy_erasure SET status = 'failed', updated_at = now(),
              failure_reason = 'The erasure stopped before it was done; asking again or the next retention run resumes it.'
        WHERE id = ANY(?::text[]) AND status = 'pending'`,
      [erasureIds]
    )
  }
)
