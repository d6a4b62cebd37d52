import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../modules/privacy"
import { describeConsent } from "../../../modules/privacy/consent/describe"
import { renderConsentPage } from "../../../modules/privacy/consent/render-page"
import { consentTextsFor } from "../../../modules/privacy/consent/texts"
import type PrivacyModuleService from "../../../modules/privacy/service"
import { unsubscribeWorkflow } from "../../../workflows/unsubscribe"
import { languageOfTarget } from "../../utils/consent-page-language"
import { requestMetadata } from "../../utils/request-metadata"

/**
 * One-click unsubscribe (RFC 2369, RFC 8058). Outside /store on purpose: a
 * mail client posts here with no cookie, no sign-in and no publishable key.
 * Any token that is not genuine gets the same 400, whoever it names.
 */

function tokenOf(req: MedusaRequest): string | undefined {
  const fromQuery = req.query.token
  const fromBody = (req.body as Record<string, unknown> | undefined)?.token
  const token = typeof fromQuery === "string" ? fromQuery : fromBody
  return typeof token === "string" ? token : undefined
}

function invalid(req: MedusaRequest, res: MedusaResponse) {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const language = privacy.getNotice().language
  const texts = consentTextsFor(language)
  res.status(400).type("html").send(renderConsentPage({ language, title: texts.unsubscribe.title, message: texts.unsubscribe.invalid }))
}

/** Shows what the link unsubscribes from, with one button: link scanners in mail filters only GET. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const token = tokenOf(req)
  const target = privacy.verifyUnsubscribeToken(token)
  if (!target || ("subject_id" in target && !(await privacy.findConsentSubject(target.subject_id)))) {
    return invalid(req, res)
  }
  const language = await languageOfTarget(req.scope, target)
  const texts = consentTextsFor(language)
  const what = describeConsent(privacy.getOptions(), target.purpose, target.channel, language)
  res.type("html").send(
    renderConsentPage({
      language,
      title: texts.unsubscribe.title,
      message: texts.unsubscribe.question(what, privacy.getOptions().controller.name),
      form: {
        action: `/privacy/unsubscribe?token=${encodeURIComponent(token!)}`,
        fields: { "List-Unsubscribe": "One-Click" },
        button: texts.unsubscribe.button,
      },
    })
  )
}

/** The one-click withdrawal itself: at once, 200 on success. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const oneClick = (req.body as Record<string, unknown> | undefined)?.["List-Unsubscribe"]
  if (oneClick !== undefined && oneClick !== "One-Click") {
    res.status(400).type("text").send("Expected the body List-Unsubscribe=One-Click")
    return
  }
  const token = tokenOf(req)
  if (!token) {
    return invalid(req, res)
  }
  const { result, errors } = await unsubscribeWorkflow(req.scope).run({
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
  const { subject, event } = result
  const language = await languageOfTarget(
    req.scope,
    subject.customer_id
      ? { customer_id: subject.customer_id, purpose: event.purpose, channel: event.channel }
      : { subject_id: subject.id, purpose: event.purpose, channel: event.channel }
  )
  const texts = consentTextsFor(language)
  res.type("html").send(
    renderConsentPage({
      language,
      title: texts.unsubscribe.title,
      message: texts.unsubscribe.done(describeConsent(privacy.getOptions(), result.event.purpose, result.event.channel, language)),
    })
  )
}
