import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { VerificationMethod } from "../modules/privacy/lib/constants"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { noticeForLanguageStep } from "./steps/notice-for-language"
import { requestExportStep } from "./steps/request-export"
import { validateAddressPersonStep } from "./steps/validate-address-person"

export type RequestAddressExportInput = {
  /** A verified address that belongs to no customer account. */
  email: string
  verification: VerificationMethod
  language?: string | null
  actor: { type: "user" | "api_key"; id: string }
}

/**
 * A copy of the data of a person without an account (GDPR Art. 15, 20), by
 * their verified address: built in the background like a customer's export,
 * its link e-mailed to the address alone (staff cannot download it). When
 * nothing is held about the address, no export is made and `held` is false.
 */
export const requestAddressExportWorkflow = createWorkflow("request-address-export", (input: RequestAddressExportInput) => {
  const person = validateAddressPersonStep(input.email)
  const exported = when("address-holds-data", { person }, ({ person }) => !!person?.held).then(() => {
    const notice = noticeForLanguageStep(transform({ input }, ({ input }) => ({ language: input.language ?? null })))
    const result = requestExportStep(
      transform({ input, person, notice }, ({ input, person, notice }) => ({
        customer_id: null,
        email: person.email,
        requested_by: "staff" as const,
        verification: input.verification,
        actor: { type: input.actor.type === "api_key" ? ("api-key" as const) : ("user" as const), id: input.actor.id },
        language: notice.language,
      }))
    )
    emitEventStep({
      eventName: PrivacyEvents.EXPORT_REQUESTED,
      data: transform({ result }, ({ result }) => ({ id: result.limited ? null : result.export.id })),
    }).config({ name: "emit-address-export-requested" })
    return result
  })
  return new WorkflowResponse(
    transform({ person, exported }, ({ person, exported }) => ({
      held: person.held,
      export: exported && !exported.limited ? exported.export : null,
    }))
  )
})
