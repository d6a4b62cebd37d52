import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { joinTextsFor } from "../../modules/privacy/consent/join-texts"
import type PrivacyModuleService from "../../modules/privacy/service"
import { sendLinkMail } from "../../notifications/send-link-mail"
import { hasGuestRows } from "../../processors/guest-rows"
import type { Sql } from "../../processors/types"

export const CONSENT_JOIN_TEMPLATE = "privacy-consent-join"

/**
 * Asks the owner of a new account's address, by e-mail, whether the earlier
 * history of that address (consents, guest checkouts) is theirs. Medusa does
 * not verify addresses: joining at registration would show someone else's
 * ledger, orders and messages to whoever registered first, let their grant
 * undo the other person's objection and their erasure reach the other
 * person's orders. Nothing is sent when the address has no earlier history.
 */
export const sendConsentJoinLinkStep = createStep(
  "send-consent-join-link",
  async (input: { customer_id: string; email: string; language?: string | null }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const waiting =
      (await privacy.hasOtherConsentHistories(input)) ||
      (await hasGuestRows(container.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION), input))
    if (!waiting) {
      return new StepResponse(null)
    }
    const language = privacy.getNotice(input.language ?? undefined).language
    const texts = joinTextsFor(language)
    const shop = privacy.getOptions().controller.name
    const url = privacy.consentJoinUrl(input.customer_id, input.email)
    const id = await sendLinkMail(
      container,
      {
        to: input.email,
        channel: "email",
        template: CONSENT_JOIN_TEMPLATE,
        receiver_id: input.customer_id,
        data: { language, shop, join_url: url, subject: texts.email.subject(shop), text: texts.email.body(url, shop) },
      },
      "join_url"
    )
    return new StepResponse(id)
  }
)
