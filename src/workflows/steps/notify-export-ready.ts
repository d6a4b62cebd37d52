import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exportTextsFor } from "../../export/texts"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { sendLinkMail } from "../../notifications/send-link-mail"

type Input = { export_id: string; customer_id: string | null; email: string | null; language: string; expires_at: Date }

/**
 * E-mails the customer their download link through the Notification Module.
 * A failed e-mail does not undo a finished export: the link is also on the
 * customer's account page. The stored notification keeps no link (see
 * `sendLinkMail`): staff must not download as the customer.
 */
export const notifyExportReadyStep = createStep("notify-privacy-export-ready", async (input: Input, { container }) => {
  if (!input.email) {
    return new StepResponse(null)
  }
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const options = privacy.getOptions()
  const texts = exportTextsFor(input.language)
  const url = privacy.exportDownloadUrl(input.export_id, new Date(input.expires_at))
  const expires = new Date(input.expires_at).toLocaleString(input.language, { dateStyle: "long", timeStyle: "short" })
  const shop = options.controller.name
  try {
    const notificationId = await sendLinkMail(
      container,
      {
        to: input.email,
        channel: "email",
        template: options.exports.readyTemplate,
        receiver_id: input.customer_id,
        resource_type: "privacy_export",
        resource_id: input.export_id,
        data: { language: input.language, shop, download_url: url, expires_at: input.expires_at, subject: texts.email.subject(shop), text: texts.email.body(url, expires, shop) },
      },
      "download_url"
    )
    return new StepResponse(notificationId)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      // The provider's message can name the recipient, so only the kind of error is logged.
      .warn(`privacy: export ${input.export_id} is ready but its e-mail could not be sent (${(error as Error).name})`)
    return new StepResponse(null)
  }
})
