import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncConsentEmailsStep } from "./steps/sync-consent-emails"

/** A customer changed their e-mail: their consents now reach the new address. */
export const syncConsentEmailsWorkflow = createWorkflow("sync-consent-emails", (input: { customer_ids: string[] }) => {
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: input.customer_ids },
  })
  const current = transform({ customers }, ({ customers }) =>
    customers.map((customer) => ({ customer_id: customer.id, email: (customer.email as string | null) ?? null }))
  )
  return new WorkflowResponse(syncConsentEmailsStep(current))
})
