import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { queueRetentionRunStep, type QueueRetentionRunInput } from "./steps/queue-retention-run"

/**
 * Asks for a retention run now: records it as queued and announces
 * `privacy.retention.requested`, whose subscriber runs it on a worker (the
 * Redis event bus delivers events only to worker and shared instances).
 * Answers the run's id.
 */
export const requestRetentionRunWorkflow = createWorkflow("privacy-request-retention-run", (input: QueueRetentionRunInput) => {
  const id = queueRetentionRunStep(input)
  emitEventStep({ eventName: PrivacyEvents.RETENTION_REQUESTED, data: transform({ id }, ({ id }) => ({ id })) })
  return new WorkflowResponse(id)
})
