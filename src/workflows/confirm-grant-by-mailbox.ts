import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentChannel, ConsentSource } from "../modules/privacy/lib/constants"
import type { RequestMetadata } from "../modules/privacy/service"
import { noticeForLanguageStep } from "./steps/notice-for-language"
import { requestConsentConfirmationStep } from "./steps/request-consent-confirmation"
import { sendConsentConfirmationStep } from "./steps/send-consent-confirmation"

export type ConfirmGrantByMailboxInput = {
  customer_id: string
  email: string
  purpose: string
  channel: ConsentChannel
  source: ConsentSource
  language?: string | null
  notice_version?: string | null
  request?: RequestMetadata
}

/**
 * A signed-in customer grants a consent that the owner of their e-mail
 * address objected to before registering. Medusa does not verify addresses,
 * so the account may not be that person: the grant waits for the link sent
 * to the address, as a double opt-in (GDPR Art. 21(3)).
 */
export const confirmGrantByMailboxWorkflow = createWorkflow(
  "privacy-confirm-grant-by-mailbox",
  (input: ConfirmGrantByMailboxInput) => {
    const notice = noticeForLanguageStep({ language: input.language, customer_id: input.customer_id })
    const pending = requestConsentConfirmationStep(
      transform({ input, notice }, ({ input, notice }) => ({
        subject: { customer_id: input.customer_id, email: input.email, language: notice.language },
        purpose: input.purpose,
        channel: input.channel,
        source: input.source,
        notice_version: input.notice_version ?? notice.version,
        notice_language: notice.language,
        ip_prefix: input.request?.ip_prefix ?? null,
        user_agent: input.request?.user_agent ?? null,
      }))
    )
    sendConsentConfirmationStep(
      transform({ input, pending, notice }, ({ input, pending, notice }) => ({
        to: input.email,
        token: pending.token,
        purpose: input.purpose,
        channel: input.channel,
        language: notice.language,
      }))
    )
    return new WorkflowResponse({ status: "confirmation_sent" as const })
  }
)
