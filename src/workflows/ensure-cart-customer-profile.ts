import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"

/** Gives the customer of a cart (a guest, typically) a profile if they have none. */
export const ensureCartCustomerProfileWorkflow = createWorkflow(
  "ensure-cart-customer-profile",
  (input: { cart_id: string }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["customer_id"],
      filters: { id: input.cart_id },
    })
    const customerIds = transform({ carts }, ({ carts }) =>
      carts.flatMap((cart) => (cart.customer_id ? [cart.customer_id as string] : []))
    )
    when("cart-has-customer", { customerIds }, ({ customerIds }) => customerIds.length > 0).then(() => {
      ensurePrivacyProfilesWorkflow.runAsStep({ input: { customer_ids: customerIds } })
    })
    return new WorkflowResponse(customerIds)
  }
)
