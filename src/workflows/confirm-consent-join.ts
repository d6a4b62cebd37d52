import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { joinConsentHistoriesStep } from "./steps/join-consent-histories"
import { verifyConsentJoinTokenStep } from "./steps/verify-consent-join-token"

/** The owner of the address followed the join link: the earlier histories become the account's. */
export const confirmConsentJoinWorkflow = createWorkflow("confirm-consent-join", (input: { token: string }) => {
  const account = verifyConsentJoinTokenStep(input.token)
  return new WorkflowResponse(joinConsentHistoriesStep(account))
})
