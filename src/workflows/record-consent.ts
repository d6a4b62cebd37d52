import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ConsentActorType, ConsentChannel, ConsentSource } from "../modules/privacy/lib/constants"
import type { ConsentSubjectRef, RequestMetadata } from "../modules/privacy/service"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { recordCustomerActivityWorkflow } from "./record-customer-activity"
import { prepareConsentRecordStep } from "./steps/prepare-consent-record"
import { recordConsentStep } from "./steps/record-consent"
import { validateConsentRequestStep } from "./steps/validate-consent-request"

export type RecordConsentWorkflowInput = {
  subject: ConsentSubjectRef
  purpose: string
  channel: ConsentChannel
  granted: boolean
  source: ConsentSource
  actor: { type: ConsentActorType; id?: string | null }
  /** The privacy-notice version shown; defaults to the current notice in the person's language. */
  notice_version?: string | null
  language?: string | null
  note?: string | null
  request?: RequestMetadata
}

/**
 * Records a consent or a withdrawal: validate, complete the record, append it
 * to the ledger, tell the event bus, and count it as the customer's activity.
 * A replayed unsubscribe link changes nothing and does neither.
 */
export const recordConsentWorkflow = createWorkflow("record-consent", (input: RecordConsentWorkflowInput) => {
  validateConsentRequestStep(input)
  const record = prepareConsentRecordStep(input)
  const recorded = recordConsentStep(record)

  const event = transform({ recorded }, ({ recorded }) => ({
    name: recorded.event.action === "granted" ? PrivacyEvents.CONSENT_GRANTED : PrivacyEvents.CONSENT_WITHDRAWN,
    data: {
      id: recorded.event.id,
      subject_id: recorded.subject.id,
      customer_id: recorded.subject.customer_id,
      purpose: recorded.event.purpose,
      channel: recorded.event.channel,
      source: recorded.event.source,
    },
  }))
  when("consent-changed", { recorded }, ({ recorded }) => !recorded.unchanged).then(() => {
    emitEventStep({ eventName: event.name, data: event.data })
  })

  const customerIds = transform({ recorded }, ({ recorded }) =>
    recorded.subject.customer_id && !recorded.unchanged ? [recorded.subject.customer_id] : []
  )
  when("consent-of-a-customer", { customerIds }, ({ customerIds }) => customerIds.length > 0).then(() => {
    recordCustomerActivityWorkflow.runAsStep({ input: { customer_ids: customerIds } })
  })

  return new WorkflowResponse(recorded)
})
