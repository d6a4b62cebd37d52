import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordCustomerAddressesStep } from "./steps/record-customer-addresses"
import { syncConsentEmailsStep } from "./steps/sync-consent-emails"

/**
 * A customer was created or changed their e-mail: the address is remembered
 * (as a keyed hash, for export and erasure), and their consents now reach it.
 */
export const syncConsentEmailsWorkflow = createWorkflow("sync-consent-emails", (input: { customer_ids: string[] }) => {
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: input.customer_ids },
  })
  const current = transform({ customers }, ({ customers }) =>
    customers.map((customer) => ({ customer_id: customer.id, email: (customer.email as string | null) ?? null }))
  )
  recordCustomerAddressesStep(current)
  return new WorkflowResponse(syncConsentEmailsStep(current))
})
