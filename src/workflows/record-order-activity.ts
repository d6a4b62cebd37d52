import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordCustomerActivityWorkflow } from "./record-customer-activity"

export type RecordOrderActivityInput = { order_id: string; at: Date | string }

/** Records an order as activity of its customer, if it has one. */
export const recordOrderActivityWorkflow = createWorkflow(
  "record-order-activity",
  (input: RecordOrderActivityInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["customer_id"],
      filters: { id: input.order_id },
    })
    const activity = transform({ orders, input }, ({ orders, input }) => ({
      customer_ids: orders.flatMap((order) => (order.customer_id ? [order.customer_id as string] : [])),
      at: input.at,
    }))
    when("order-has-customer", { activity }, ({ activity }) => activity.customer_ids.length > 0).then(() => {
      recordCustomerActivityWorkflow.runAsStep({ input: activity })
    })
    return new WorkflowResponse(activity)
  }
)
