import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"
import { findCustomersWithoutProfileStep } from "./steps/find-customers-without-profile"

/** Gives the customers of one page that have no profile one. */
export const backfillPrivacyProfilesBatchWorkflow = createWorkflow(
  "backfill-privacy-profiles-batch",
  (input: { customer_ids: string[] }) => {
    const missing = findCustomersWithoutProfileStep(input.customer_ids)
    const created = ensurePrivacyProfilesWorkflow.runAsStep({ input: missing })
    return new WorkflowResponse(transform({ created }, ({ created }) => created.length))
  }
)

export type BackfillResult = {
  scanned: number
  created: number
  failed_batches: { after: string; error: string }[]
}

/**
 * Gives every existing customer a profile, for stores that install the plugin
 * with customers already in them. Pages by customer id (keyset), so it neither
 * skips nor repeats customers; a failing page is recorded and the run goes on.
 * Running it twice creates nothing new.
 */
export async function backfillPrivacyProfiles(
  container: MedusaContainer,
  { batchSize = 500 }: { batchSize?: number } = {}
): Promise<BackfillResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: BackfillResult = { scanned: 0, created: 0, failed_batches: [] }
  let cursor = ""

  for (;;) {
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: cursor ? { id: { $gt: cursor } } : {},
      pagination: { take: batchSize, order: { id: "ASC" } },
    })
    if (!customers.length) {
      return result
    }
    const after = cursor
    cursor = customers[customers.length - 1].id
    result.scanned += customers.length
    try {
      const { result: created } = await backfillPrivacyProfilesBatchWorkflow(container).run({
        input: { customer_ids: customers.map((customer) => customer.id) },
      })
      result.created += created
    } catch (error) {
      result.failed_batches.push({ after, error: (error as Error).message })
    }
  }
}
