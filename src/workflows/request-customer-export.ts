import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { VerificationMethod } from "../modules/privacy/lib/constants"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { noticeForLanguageStep } from "./steps/notice-for-language"
import { requestExportStep } from "./steps/request-export"
import { validateCustomerExistsStep } from "./steps/validate-customer-exists"

export type RequestCustomerExportInput = {
  customer_id: string
  requested_by: "customer" | "staff"
  verification: VerificationMethod
  actor: { type: "customer" | "user" | "api-key"; id?: string | null }
  language?: string | null
  note?: string | null
}

/**
 * A request for a copy of one's data (GDPR Art. 15, 20): recorded now, built
 * in the background (see the export-requested subscriber). A customer's own
 * requests are limited per day; the result says when the limit was hit.
 */
export const requestCustomerExportWorkflow = createWorkflow(
  "request-customer-export",
  (input: RequestCustomerExportInput) => {
    validateCustomerExistsStep(input.customer_id)
    const notice = noticeForLanguageStep({ language: input.language, customer_id: input.customer_id })
    const result = requestExportStep(
      transform({ input, notice }, ({ input, notice }) => ({
        customer_id: input.customer_id,
        requested_by: input.requested_by,
        verification: input.verification,
        actor: input.actor,
        language: notice.language,
        note: input.note ?? null,
      }))
    )
    when("export-recorded", { result }, ({ result }) => !result.limited).then(() => {
      emitEventStep({
        eventName: PrivacyEvents.EXPORT_REQUESTED,
        data: transform({ result }, ({ result }) => ({ id: result.limited ? null : result.export.id })),
      })
    })
    return new WorkflowResponse(result)
  }
)
