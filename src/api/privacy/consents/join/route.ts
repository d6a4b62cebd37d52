import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { joinTextsFor } from "../../../../modules/privacy/consent/join-texts"
import { renderConsentPage } from "../../../../modules/privacy/consent/render-page"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { confirmConsentJoinWorkflow } from "../../../../workflows/confirm-consent-join"

/**
 * The link in the e-mail sent when an account is opened with an address that
 * has a consent history. GET only shows a button (mail filters open links);
 * the POST joins the histories. No sign-in: the mailbox is the proof.
 */

function tokenOf(req: MedusaRequest): string | undefined {
  const token = typeof req.query.token === "string" ? req.query.token : (req.body as Record<string, unknown> | undefined)?.token
  return typeof token === "string" && token.length <= 256 ? token : undefined
}

function page(req: MedusaRequest, res: MedusaResponse, status: number, kind: "invalid" | "done" | "question", token?: string) {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const language = privacy.getNotice().language
  const texts = joinTextsFor(language)
  const shop = privacy.getOptions().controller.name
  const message = kind === "invalid" ? texts.invalid : kind === "done" ? texts.done : texts.question(shop)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.status(status).type("html").send(
    renderConsentPage({
      language,
      title: texts.title,
      message,
      form: kind === "question" ? { action: "/privacy/consents/join", fields: { token: token! }, button: texts.button } : undefined,
    })
  )
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req)
  const genuine = token && req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).verifyConsentJoinToken(token)
  return genuine ? page(req, res, 200, "question", token) : page(req, res, 400, "invalid")
}

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req)
  if (!token) {
    return page(req, res, 400, "invalid")
  }
  const { errors } = await confirmConsentJoinWorkflow(req.scope).run({ input: { token }, throwOnError: false })
  if (errors.length) {
    if ((errors[0].error as { type?: string }).type === "invalid_data") {
      return page(req, res, 400, "invalid")
    }
    throw errors[0].error
  }
  page(req, res, 200, "done")
}
