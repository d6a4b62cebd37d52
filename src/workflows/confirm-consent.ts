import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { RequestMetadata } from "../modules/privacy/service"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { recordCustomerActivityWorkflow } from "./record-customer-activity"
import { confirmConsentStep } from "./steps/confirm-consent"

/** The link in a double opt-in e-mail was followed: the consent counts from now. */
export const confirmConsentWorkflow = createWorkflow(
  "confirm-consent",
  (input: { token: string; request?: RequestMetadata }) => {
    const recorded = confirmConsentStep(input)
    const data = transform({ recorded }, ({ recorded }) => ({
      id: recorded.event.id,
      subject_id: recorded.subject.id,
      customer_id: recorded.subject.customer_id,
      purpose: recorded.event.purpose,
      channel: recorded.event.channel,
      source: recorded.event.source,
    }))
    emitEventStep({ eventName: PrivacyEvents.CONSENT_GRANTED, data })
    const customerIds = transform({ recorded }, ({ recorded }) =>
      recorded.subject.customer_id ? [recorded.subject.customer_id] : []
    )
    when("confirmed-by-a-customer", { customerIds }, ({ customerIds }) => customerIds.length > 0).then(() => {
      recordCustomerActivityWorkflow.runAsStep({ input: { customer_ids: customerIds } })
    })
    return new WorkflowResponse(recorded)
  }
)
