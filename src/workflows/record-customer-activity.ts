import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"
import { recordCustomerActivityStep } from "./steps/record-customer-activity"

export type RecordCustomerActivityInput = {
  customer_ids: string[]
  /** When the activity happened; defaults to now. */
  at?: Date | string
}

/**
 * Records a sign-in, an order or another act of the customer. Retention reads
 * `last_activity_at` to decide when the customer relationship has ended.
 */
export const recordCustomerActivityWorkflow = createWorkflow(
  "record-customer-activity",
  (input: RecordCustomerActivityInput) => {
    ensurePrivacyProfilesWorkflow.runAsStep({ input: { customer_ids: input.customer_ids } })
    const activity = transform({ input }, ({ input }) => ({
      customer_ids: input.customer_ids,
      at: input.at ? new Date(input.at) : new Date(),
    }))
    return new WorkflowResponse(recordCustomerActivityStep(activity))
  }
)
