import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { renderConsentPage } from "../../../../modules/privacy/consent/render-page"
import { verifyPageTextsFor } from "../../../../modules/privacy/requests/verify-page-texts"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { progressDataSubjectRequestWorkflow } from "../../../../workflows/progress-data-subject-request"

/**
 * The link e-mailed for a request from the public form. GET only shows a
 * button, so a mail filter that opens links verifies nothing; the POST
 * verifies the request (the mailbox is the proof) and the clock runs on.
 */

function tokenOf(req: MedusaRequest): string | undefined {
  const token = typeof req.query.token === "string" ? req.query.token : (req.body as Record<string, unknown> | undefined)?.token
  return typeof token === "string" && token.length <= 256 ? token : undefined
}

async function page(req: MedusaRequest, res: MedusaResponse, status: number, kind: "invalid" | "question" | "done", token?: string, reference?: string) {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const requestId = token ? privacy.verifyRequestToken(token) : undefined
  const language = requestId ? (await privacy.retrieveRequest(requestId).catch(() => null))?.request.language ?? privacy.getNotice().language : privacy.getNotice().language
  const texts = verifyPageTextsFor(language)
  const message = kind === "invalid" ? texts.invalid : kind === "done" ? texts.done(reference!) : texts.question(privacy.getOptions().controller.name)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.status(status).type("html").send(
    renderConsentPage({
      language,
      title: texts.title,
      message,
      form: kind === "question" ? { action: "/privacy/requests/verify", fields: { token: token! }, button: texts.button } : undefined,
    })
  )
}

async function waitingRequest(req: MedusaRequest, token: string | undefined) {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const id = token ? privacy.verifyRequestToken(token) : undefined
  const found = id ? await privacy.retrieveRequest(id).catch(() => null) : null
  return found && found.request.status === "awaiting_verification" && found.request.verified_at === null ? found.request : null
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req)
  return (await waitingRequest(req, token)) ? page(req, res, 200, "question", token) : page(req, res, 400, "invalid", token)
}

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = tokenOf(req)
  const request = await waitingRequest(req, token)
  if (!request) {
    return page(req, res, 400, "invalid", token)
  }
  const { errors } = await progressDataSubjectRequestWorkflow(req.scope).run({
    input: { id: request.id, change: { action: "verify", method: "email_link", actor: { type: "subject", id: null } } },
    throwOnError: false,
  })
  if (errors.length) {
    // Verified by a second click meanwhile: the link has done its work.
    if ((errors[0].error as { type?: string }).type === "conflict") {
      return page(req, res, 400, "invalid", token)
    }
    throw errors[0].error
  }
  return page(req, res, 200, "done", token, request.reference)
}
