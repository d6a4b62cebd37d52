import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RequestMetadata } from "../modules/privacy/service"
import { recordConsentWorkflow } from "./record-consent"
import { verifyUnsubscribeTokenStep } from "./steps/verify-unsubscribe-token"

/** One-click unsubscribe (RFC 8058): a genuine link withdraws the consent it names, at once. */
export const unsubscribeWorkflow = createWorkflow(
  "privacy-unsubscribe",
  (input: { token: string; request?: RequestMetadata }) => {
    const target = verifyUnsubscribeTokenStep(input.token)
    const withdrawal = transform({ target, input }, ({ target, input }) => ({
      subject: "customer_id" in target ? { customer_id: target.customer_id } : { subject_id: target.subject_id },
      purpose: target.purpose,
      channel: target.channel,
      granted: false,
      source: "unsubscribe_link" as const,
      actor: "customer_id" in target
        ? { type: "customer" as const, id: target.customer_id }
        : { type: "subject" as const, id: target.subject_id },
      request: input.request,
    }))
    const recorded = recordConsentWorkflow.runAsStep({ input: withdrawal })
    return new WorkflowResponse(recorded)
  }
)
