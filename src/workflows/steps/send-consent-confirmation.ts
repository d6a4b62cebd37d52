import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import { describeConsent } from "../../modules/privacy/consent/describe"
import { consentTextsFor } from "../../modules/privacy/consent/texts"
import type { ConsentChannel } from "../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../modules/privacy/service"
import { sendLinkMail } from "../../notifications/send-link-mail"

type Input = { to: string; token: string | null; purpose: string; channel: ConsentChannel; language: string }

/**
 * Sends the double opt-in e-mail through Medusa's Notification Module. The
 * data carries a ready subject line, text and link in the person's language,
 * so any e-mail provider (or a template of the merchant's) can use it. The
 * stored notification keeps no link: staff must not confirm for the mailbox.
 */
export const sendConsentConfirmationStep = createStep(
  "send-consent-confirmation",
  async ({ to, token, purpose, channel, language }: Input, { container }) => {
    if (!token) {
      return new StepResponse(null)
    }
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const options = privacy.getOptions()
    const texts = consentTextsFor(language)
    const what = describeConsent(options, purpose, channel, language)
    const shop = options.controller.name
    const confirmUrl = `${options.links.publicUrl}/privacy/consents/confirm?token=${token}`
    const notificationId = await sendLinkMail(
      container,
      {
        to,
        channel: "email",
        template: options.consent.confirmationTemplate,
        data: {
          language,
          shop,
          confirm_url: confirmUrl,
          subject: texts.email.subject(shop),
          text: texts.email.body(what, confirmUrl, shop),
        },
      },
      "confirm_url"
    )
    return new StepResponse(notificationId)
  }
)
