import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import type { RequestActionInput } from "../modules/privacy/requests/apply-action"
import { applyRequestActionStep } from "./steps/apply-request-action"

/** The event each action announces; the answer mails follow these events (subscribers/request-answers.ts). */
const ANNOUNCED: Partial<Record<RequestActionInput["action"], string>> = {
  verify: PrivacyEvents.REQUEST_VERIFIED,
  extend: PrivacyEvents.REQUEST_EXTENDED,
  complete: PrivacyEvents.REQUEST_COMPLETED,
  refuse: PrivacyEvents.REQUEST_REFUSED,
  withdraw: PrivacyEvents.REQUEST_WITHDRAWN,
}

/** One action on a request, then its announcement. Answers the request as changed, with the timeline entry. */
export const progressDataSubjectRequestWorkflow = createWorkflow(
  "privacy-progress-request",
  (input: { id: string; change: RequestActionInput }) => {
    const result = applyRequestActionStep(input)
    const announcement = transform({ input, result }, ({ input, result }) => ({
      name: ANNOUNCED[input.change.action] ?? null,
      data: { id: result.request.id, action: input.change.action },
    }))
    when({ announcement }, ({ announcement }) => announcement.name !== null).then(() => {
      emitEventStep({
        eventName: transform({ announcement }, ({ announcement }) => announcement.name!) as unknown as string,
        data: transform({ announcement }, ({ announcement }) => announcement.data),
      })
    })
    return new WorkflowResponse(result)
  }
)
