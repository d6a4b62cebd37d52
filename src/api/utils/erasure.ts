import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { erasureDryRun } from "../../retention/dry-run"
import { database, erasureSettings } from "../../retention/settings"
import { eraseCustomersWorkflow, type EraseCustomersInput } from "../../workflows/erase-customers"

/** `?dry_run=true` on both erasure routes; anything else is a 400 naming the parameter. */
export const ErasureQuery = z
  .object({
    dry_run: z
      .enum(["true", "false"], { error: "'dry_run' must be true or false" })
      .optional()
      .transform((value) => value === "true"),
  })
  .strict()

export type ErasureQueryType = z.infer<typeof ErasureQuery>

/** The customer row, also when soft-deleted (erasure reaches those too). */
export async function findCustomerForErasure(scope: MedusaContainer, customerId: string) {
  const { rows } = await database(scope).raw(
    `SELECT c.id, c.deleted_at, p.customer_number, p.erased_at FROM customer c
       LEFT JOIN privacy_profile p ON p.customer_id = c.id AND p.deleted_at IS NULL WHERE c.id = ?`,
    [customerId]
  )
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id '${customerId}' was not found`)
  }
  return rows[0] as { id: string; deleted_at: Date | null; customer_number: string | null; erased_at: Date | null }
}

export async function dryRunFor(scope: MedusaContainer, customerId: string) {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  return erasureDryRun(database(scope), customerId, erasureSettings(scope), privacy.getOptions().retention.consentProofYears)
}

/** Runs the erasure workflow for one customer and answers with its record. */
export async function eraseOne(scope: MedusaContainer, input: Omit<EraseCustomersInput, "customer_ids"> & { customer_id: string }) {
  const { customer_id, ...rest } = input
  const { result } = await eraseCustomersWorkflow(scope).run({ input: { ...rest, customer_ids: [customer_id] } })
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [record] = await privacy.listPrivacyErasures({ customer_id }, { order: { created_at: "DESC" }, take: 1 })
  return { result, erasure: record ? erasureResponse(record) : null }
}

export function erasureResponse(record: Record<string, any>) {
  return {
    id: record.id,
    customer_id: record.customer_id,
    customer_number: record.customer_number,
    trigger: record.trigger,
    status: record.status,
    reason: record.reason,
    holds: record.holds ?? [],
    counts: record.counts ?? null,
    failure_reason: record.failure_reason,
    created_at: record.created_at,
    completed_at: record.completed_at,
  }
}
