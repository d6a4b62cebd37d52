import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { markExportFailedStep } from "./steps/mark-export-failed"

export type FailCustomerExportInput = { export_id: string; reason: string; from?: ("pending" | "building")[] }

/** A build that cannot finish: failed with its reason (staff see it and can retry), and announced. */
export const failCustomerExportWorkflow = createWorkflow("fail-customer-export", (input: FailCustomerExportInput) => {
  const failed = markExportFailedStep(input)
  when("export-marked-failed", { failed }, ({ failed }) => !!failed).then(() => {
    emitEventStep({
      eventName: PrivacyEvents.EXPORT_FAILED,
      data: transform({ failed }, ({ failed }) => ({ id: failed!.id, customer_id: failed!.customer_id })),
    })
  })
  return new WorkflowResponse(failed)
})
