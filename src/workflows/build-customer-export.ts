import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { buildExportArchiveStep } from "./steps/build-export-archive"
import { claimExportBuildStep } from "./steps/claim-export-build"
import { completeExportStep } from "./steps/complete-export"
import { notifyExportReadyStep } from "./steps/notify-export-ready"
import { readExportSubjectStep } from "./steps/read-export-subject"

/**
 * Builds a requested export: take it, read whose it is, build and store the
 * archive, offer it, announce it, e-mail the link (last, so no e-mail ever
 * points at a file a rollback removed).
 */
export const buildCustomerExportWorkflow = createWorkflow("build-customer-export", (input: { export_id: string }) => {
  const request = claimExportBuildStep(input.export_id)
  const customer = readExportSubjectStep(transform({ request }, ({ request }) => ({ customer_id: request.customer_id, email: request.email })))
  const archive = buildExportArchiveStep({ request, customer })
  const completed = completeExportStep(
    transform({ request, archive }, ({ request, archive }) => ({ export_id: request.id, attempt: request.attempt, archive }))
  )
  emitEventStep({
    eventName: PrivacyEvents.EXPORT_READY,
    data: transform({ completed }, ({ completed }) => ({ id: completed.id, customer_id: completed.customer_id })),
  })
  notifyExportReadyStep(
    transform({ request, customer, completed }, ({ request, customer, completed }) => ({
      export_id: completed.id,
      customer_id: completed.customer_id,
      email: customer.email,
      language: request.language,
      expires_at: completed.expires_at,
    }))
  )
  return new WorkflowResponse(completed)
})
