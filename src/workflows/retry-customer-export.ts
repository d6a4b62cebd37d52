import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { reopenFailedExportStep } from "./steps/reopen-failed-export"

/** Tries a failed export again. */
export const retryCustomerExportWorkflow = createWorkflow(
  "retry-customer-export",
  (input: { export_id: string; customer_id: string }) => {
    const reopened = reopenFailedExportStep(input)
    emitEventStep({ eventName: PrivacyEvents.EXPORT_REQUESTED, data: { id: input.export_id } })
    return new WorkflowResponse(reopened)
  }
)
