import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeCustomerConsentsStep } from "./steps/close-customer-consents"

export const closeCustomerConsentsWorkflow = createWorkflow(
  "close-customer-consents",
  (input: { customer_id: string }) => new WorkflowResponse(closeCustomerConsentsStep(input.customer_id))
)
