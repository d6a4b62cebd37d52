import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendConsentJoinLinkStep } from "./steps/send-consent-join-link"

/**
 * When someone registers with an address that has a consent history already
 * (newsletter sign-up, guest checkout), the address is sent a link; the
 * histories join only when its owner follows it (`confirmConsentJoinWorkflow`).
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
      sendConsentJoinLinkStep(transform({ registered }, ({ registered }) => registered[0]))
    })
    return new WorkflowResponse(registered)
  }
)
