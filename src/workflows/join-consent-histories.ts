import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { joinConsentHistoriesStep } from "./steps/join-consent-histories"

/**
 * When someone registers, the consents they gave with the same e-mail before
 * (newsletter sign-up, guest checkout) become their customer's.
 */
export const joinConsentHistoriesWorkflow = createWorkflow(
  "join-consent-histories",
  (input: { customer_id: string }) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "has_account"],
      filters: { id: input.customer_id },
    })
    const registered = transform({ customers }, ({ customers }) =>
      customers.flatMap((customer) =>
        customer.has_account && customer.email ? [{ customer_id: customer.id, email: customer.email as string }] : []
      )
    )
    when("registered-with-email", { registered }, ({ registered }) => registered.length > 0).then(() => {
      joinConsentHistoriesStep(transform({ registered }, ({ registered }) => registered[0]))
    })
    return new WorkflowResponse(registered)
  }
)
