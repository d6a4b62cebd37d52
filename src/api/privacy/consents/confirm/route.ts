import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { describeConsent } from "../../../../modules/privacy/consent/describe"
import { renderConsentPage } from "../../../../modules/privacy/consent/render-page"
import { consentTextsFor } from "../../../../modules/privacy/consent/texts"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { confirmConsentWorkflow } from "../../../../workflows/confirm-consent"
import { requestMetadata } from "../../../utils/request-metadata"

/**
 * The link in a double opt-in e-mail. GET only shows a button, so that mail
 * filters that open links cannot subscribe anyone; the POST confirms, once.
 */

function tokenOf(req: MedusaRequest): string | undefined {
  const token = typeof req.query.token === "string" ? req.query.token : (req.body as Record<string, unknown> | undefined)?.token
  return typeof token === "string" && token.length <= 128 ? token : undefined
}

function invalid(req: MedusaRequest, res: MedusaResponse) {
  const language = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getNotice().language
  const texts = consentTextsFor(language)
  res.status(400).type("html").send(renderConsentPage({ language, title: texts.confirm.title, message: texts.confirm.invalid }))
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const token = tokenOf(req)
  const pending = token ? await privacy.peekConsentConfirmation(token) : undefined
  if (!pending) {
    return invalid(req, res)
  }
  const language = privacy.getNotice(pending.language ?? undefined).language
  const texts = consentTextsFor(language)
  const what = describeConsent(privacy.getOptions(), pending.purpose, pending.channel, language)
  res.type("html").send(
    renderConsentPage({
      language,
      title: texts.confirm.title,
      message: texts.confirm.question(what, privacy.getOptions().controller.name),
      form: { action: "/privacy/consents/confirm", fields: { token: token! }, button: texts.confirm.button },
    })
  )
}

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req)
  if (!token) {
    return invalid(req, res)
  }
  const { result, errors } = await confirmConsentWorkflow(req.scope).run({
    input: { token, request: requestMetadata(req) },
    throwOnError: false,
  })
  if (errors.length) {
    if ((errors[0].error as { type?: string }).type === "invalid_data") {
      return invalid(req, res)
    }
    throw errors[0].error
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const language = privacy.getNotice(result.event.notice_language ?? undefined).language
  const texts = consentTextsFor(language)
  res.type("html").send(
    renderConsentPage({
      language,
      title: texts.confirm.title,
      message: texts.confirm.done(describeConsent(privacy.getOptions(), result.event.purpose, result.event.channel, language)),
    })
  )
}
