import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ErasureTrigger } from "../../modules/privacy/lib/constants"
import { findLegalHolds, type HoldReason } from "../../retention/legal-holds"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { entityIds } from "../../modules/privacy/lib/entity-ids"
import type PrivacyModuleService from "../../modules/privacy/service"
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

    const { rows: existing } = await db.raw(
      `SELECT DISTINCT ON (customer_id) id, customer_id FROM privacy_erasure
        WHERE customer_id = ANY(?::text[]) AND status IN ('pending', 'blocked', 'failed') AND deleted_at IS NULL
        ORDER BY customer_id, created_at DESC`,
      [open.map((row) => row.id)]
    )
    const reuse = new Map(existing.map((row) => [row.customer_id as string, row.id as string]))
    const result: PreparedErasures = { erasable: [], blocked: [], already_erased: alreadyErased }
    const newIds = entityIds("perase", open.length)
    const records = open.map((row, index) => {
      const customerHolds = holds.get(row.id) ?? []
      const prepared = {
        customer_id: row.id as string,
        erasure_id: reuse.get(row.id) ?? newIds[index],
        customer_number: (row.customer_number as string | null) ?? null,
      }
      if (customerHolds.length) {
        result.blocked.push({ ...prepared, holds: customerHolds })
      } else {
        result.erasable.push(prepared)
      }
      const status: "pending" | "blocked" = customerHolds.length ? "blocked" : "pending"
      return { ...prepared, id: prepared.erasure_id, status, holds: customerHolds.length ? customerHolds : null, reused: reuse.has(row.id) }
    })
    await privacy(container).recordErasureRequests({
      trigger: input.trigger,
      actor: input.actor,
      reason: input.reason,
      run_id: input.run_id,
      now: input.now,
      ending_customer_ids: input.trigger === "retention" ? [] : open.map((row) => row.id),
      records,
    })
    return new StepResponse(result, result.erasable.map((row) => row.erasure_id))
  },
  async (erasureIds, { container }) => {
    if (!erasureIds?.length) {
      return
    }
    await privacy(container).failPendingErasures(erasureIds)
  }
)

const privacy = (container: { resolve: <T>(key: string) => T }) => container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
