import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { describeFailure } from "../retention/failure-code"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"
import { findCustomersWithoutProfileStep } from "./steps/find-customers-without-profile"
import { syncConsentEmailsStep } from "./steps/sync-consent-emails"

/**
 * One page of customers: those without a profile get one, and consent
 * addresses that missed an e-mail change (an update without an event) are
 * brought up to date.
 */
export const backfillPrivacyProfilesBatchWorkflow = createWorkflow(
  "backfill-privacy-profiles-batch",
  (input: { customers: { id: string; email: string | null }[] }) => {
    const ids = transform({ input }, ({ input }) => input.customers.map((customer) => customer.id))
    const missing = findCustomersWithoutProfileStep(ids)
    const created = ensurePrivacyProfilesWorkflow.runAsStep({ input: missing })
    syncConsentEmailsStep(
      transform({ input }, ({ input }) => input.customers.map((customer) => ({ customer_id: customer.id, email: customer.email })))
    )
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
      fields: ["id", "email"],
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
        input: { customers: customers.map((customer) => ({ id: customer.id, email: (customer.email as string | null) ?? null })) },
      })
      result.created += created
    } catch (error) {
      result.failed_batches.push({ after, error: describeFailure(error, { code: "backfill_failed", message: "The page of customers failed" }).message })
    }
  }
}
