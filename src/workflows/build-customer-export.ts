import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "./events"
import { buildExportArchiveStep } from "./steps/build-export-archive"
import { completeExportStep } from "./steps/complete-export"
import { notifyExportReadyStep } from "./steps/notify-export-ready"
import { startExportBuildStep } from "./steps/start-export-build"

/** Builds a requested export: start, build and store the archive, offer it, tell the customer. */
export const buildCustomerExportWorkflow = createWorkflow("build-customer-export", (input: { export_id: string }) => {
  const started = startExportBuildStep(input.export_id)
  const archive = buildExportArchiveStep(started)
  const completed = completeExportStep({ export_id: input.export_id, archive })
  notifyExportReadyStep(
    transform({ started, completed }, ({ started, completed }) => ({
      export_id: completed.id,
      customer_id: started.request.customer_id,
      email: started.customer.email,
      language: started.request.language,
      expires_at: completed.expires_at as Date,
    }))
  )
  emitEventStep({
    eventName: PrivacyEvents.EXPORT_READY,
    data: transform({ completed }, ({ completed }) => ({ id: completed.id, customer_id: completed.customer_id })),
  })
  return new WorkflowResponse(completed)
})
