import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentChannel, ConsentSource } from "../modules/privacy/lib/constants"
import type { RequestMetadata } from "../modules/privacy/service"
import { findRegisteredCustomerStep } from "./steps/find-registered-customer"
import { requestConsentConfirmationStep } from "./steps/request-consent-confirmation"
import { sendConsentConfirmationStep } from "./steps/send-consent-confirmation"
import { validateConsentRequestStep } from "./steps/validate-consent-request"
import { noticeForLanguageStep } from "./steps/notice-for-language"

export type RequestConsentConfirmationInput = {
  email: string
  purpose: string
  channel: ConsentChannel
  source: ConsentSource
  language?: string | null
  notice_version?: string | null
  request?: RequestMetadata
}

/**
 * A sign-up without an account, with double opt-in: nothing is granted until
 * the link in the e-mail is followed. The e-mail of a registered customer
 * joins that customer's consents.
 */
export const requestConsentConfirmationWorkflow = createWorkflow(
  "request-consent-confirmation",
  (input: RequestConsentConfirmationInput) => {
    validateConsentRequestStep({ purpose: input.purpose, source: input.source, actor: { type: "subject" } })
    const customer = findRegisteredCustomerStep(input.email)
    const notice = noticeForLanguageStep({ language: input.language, customer_id: customer.id })

    const request = transform({ input, customer, notice }, ({ input, customer, notice }) => ({
      subject: customer.id
        ? { customer_id: customer.id, email: input.email, language: notice.language }
        : { email: input.email, language: notice.language },
      purpose: input.purpose,
      channel: input.channel,
      source: input.source,
      notice_version: input.notice_version ?? notice.version,
      notice_language: notice.language,
      ip_prefix: input.request?.ip_prefix ?? null,
      user_agent: input.request?.user_agent ?? null,
    }))
    const pending = requestConsentConfirmationStep(request)

    const mail = transform({ input, pending, notice }, ({ input, pending, notice }) => ({
      to: input.email,
      token: pending.token,
      purpose: input.purpose,
      channel: input.channel,
      language: notice.language,
    }))
    sendConsentConfirmationStep(mail)

    return new WorkflowResponse(transform({ pending }, ({ pending }) => ({ sent: Boolean(pending.token) })))
  }
)
