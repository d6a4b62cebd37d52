import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmMailboxStep } from "./steps/confirm-mailbox"
import { joinConsentHistoriesStep } from "./steps/join-consent-histories"
import { verifyConsentJoinTokenStep } from "./steps/verify-consent-join-token"

/**
 * The owner of the address followed the join link: the earlier histories
 * become the account's, and so do the guest checkouts and messages under the
 * address (processors/person.ts reads the confirmation).
 */
export const confirmConsentJoinWorkflow = createWorkflow("confirm-consent-join", (input: { token: string }) => {
  const account = verifyConsentJoinTokenStep(input.token)
  confirmMailboxStep(account)
  return new WorkflowResponse(joinConsentHistoriesStep(account))
})
