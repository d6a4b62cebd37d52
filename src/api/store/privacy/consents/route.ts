import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { recordConsentWorkflow } from "../../../../workflows/record-consent"
import { requestConsentConfirmationWorkflow } from "../../../../workflows/request-consent-confirmation"
import { requestMetadata } from "../../../utils/request-metadata"
import type { StoreSubscribeType } from "./validators"

/**
 * A newsletter sign-up without an account. With double opt-in (the default)
 * nothing counts until the link in the confirmation e-mail is followed. The
 * answer is the same whether or not the address is known to the shop.
 */
export const POST = async (req: MedusaRequest<StoreSubscribeType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { email, purpose, channel, source, language, notice_version } = req.validatedBody
  const request = requestMetadata(req)

  const confirmByEmail = async () => {
    await requestConsentConfirmationWorkflow(req.scope).run({
      input: { email, purpose, channel, source, language, notice_version, request },
    })
    res.status(202).json({ status: "confirmation_sent" })
  }
  if (privacy.getOptions().consent.doubleOptIn) {
    return confirmByEmail()
  }
  const { errors } = await recordConsentWorkflow(req.scope).run({
    throwOnError: false,
    input: {
      subject: { email, language },
      purpose,
      channel,
      granted: true,
      source,
      notice_version,
      language,
      actor: { type: "subject" },
      request,
    },
  })
  if (errors.length) {
    // This address objected before: only a confirmed opt-in can undo that (GDPR Art. 21(3)).
    if (errors.some(({ error }) => (error as { type?: string }).type === "forbidden")) {
      return confirmByEmail()
    }
    throw errors[0].error
  }
  res.status(201).json({ status: "granted" })
}
