import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentChannel, ConsentSource } from "../modules/privacy/lib/constants"
import type { RequestMetadata } from "../modules/privacy/service"
import { recordConsentWorkflow } from "./record-consent"
import { decideSubscriptionStep } from "./steps/decide-subscription"
import { findRegisteredCustomerStep } from "./steps/find-registered-customer"
import { noticeForLanguageStep } from "./steps/notice-for-language"
import { requestConsentConfirmationStep } from "./steps/request-consent-confirmation"
import { sendConsentConfirmationStep } from "./steps/send-consent-confirmation"
import { validateConsentRequestStep } from "./steps/validate-consent-request"

export type SubscribeInput = {
  email: string
  purpose: string
  channel: ConsentChannel
  source: ConsentSource
  language?: string | null
  notice_version?: string | null
  request?: RequestMetadata
}

/**
 * A sign-up without an account (a newsletter form). With double opt-in
 * nothing is granted until the link in the e-mail is followed; without it the
 * grant is recorded at once, unless the address objected before. The e-mail
 * of a registered customer joins that customer's consents. The result never
 * tells whether the address was known or had objected.
 */
export const subscribeWorkflow = createWorkflow("privacy-subscribe", (input: SubscribeInput) => {
  validateConsentRequestStep({ purpose: input.purpose, source: input.source, actor: { type: "subject" } })
  const customer = findRegisteredCustomerStep(input.email)
  const notice = noticeForLanguageStep({ language: input.language, customer_id: customer.id })
  const decision = decideSubscriptionStep({
    email: input.email,
    customer_id: customer.id,
    purpose: input.purpose,
    channel: input.channel,
  })

  when("confirm-by-e-mail", { decision }, ({ decision }) => decision.confirm).then(() => {
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
    sendConsentConfirmationStep(
      transform({ input, pending, notice }, ({ input, pending, notice }) => ({
        to: input.email,
        token: pending.token,
        purpose: input.purpose,
        channel: input.channel,
        language: notice.language,
      }))
    )
  })

  when("grant-at-once", { decision }, ({ decision }) => !decision.confirm).then(() => {
    recordConsentWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        subject: { email: input.email, language: input.language },
        purpose: input.purpose,
        channel: input.channel,
        granted: true,
        source: input.source,
        notice_version: input.notice_version,
        language: input.language,
        actor: { type: "subject" as const },
        request: input.request,
      })),
    })
  })

  return new WorkflowResponse(
    transform({ decision }, ({ decision }) => ({ status: decision.double_opt_in ? "confirmation_sent" : "received" }))
  )
})
