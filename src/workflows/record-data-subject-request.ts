import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import type { NewRequestInput } from "../modules/privacy/services/data-subject-requests"
import { createDataSubjectRequestStep } from "./steps/create-data-subject-request"

/**
 * Records a data subject request and announces it: `privacy.request.created`,
 * and `privacy.request.verified` when the identity is already settled (a
 * session, a visit). The subscriber of the created event e-mails the
 * verification link to a request from the public form.
 */
export const recordDataSubjectRequestWorkflow = createWorkflow("privacy-record-request", (input: NewRequestInput) => {
  const request = createDataSubjectRequestStep(input)
  emitEventStep({ eventName: PrivacyEvents.REQUEST_CREATED, data: transform({ request }, ({ request }) => ({ id: request.id })) })
  when({ request }, ({ request }) => request.verified_at !== null).then(() => {
    emitEventStep({ eventName: PrivacyEvents.REQUEST_VERIFIED, data: transform({ request }, ({ request }) => ({ id: request.id })) }).config({
      name: "emit-privacy-request-verified",
    })
  })
  return new WorkflowResponse(request)
})
