import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { localize } from "../modules/privacy/lib/localized"
import type { RequestRight } from "../modules/privacy/lib/requests"
import type { KeptRecord } from "../modules/privacy/requests/apply-action"
import type { RequestRow } from "../modules/privacy/requests/request-store"
import { keptItemText, requestTextsFor, type Mail } from "../modules/privacy/requests/texts"
import type PrivacyModuleService from "../modules/privacy/service"
import { sendLinkMail } from "../notifications/send-link-mail"

/** The templates the answers are sent with, for shops whose e-mail provider renders its own. */
export const REQUEST_TEMPLATES = {
  verification: "privacy-request-verify",
  acknowledgement: "privacy-request-received",
  extension: "privacy-request-extended",
  completion: "privacy-request-completed",
  no_data: "privacy-request-no-data",
  refusal: "privacy-request-refused",
} as const

type Template = keyof typeof REQUEST_TEMPLATES

/** The mail an event of a request sends to the person, or null when it sends none. */
export function answerFor(privacy: PrivacyModuleService, request: RequestRow, event: string): { template: Template; mail: Mail; link?: string } | null {
  const options = privacy.getOptions()
  const texts = requestTextsFor(request.language)
  const shop = options.controller.name
  const contact = options.contactPerson?.email ?? options.controller.email
  const rights = request.rights as RequestRight[]
  const base = { shop, reference: request.reference, receivedOn: request.received_on }
  switch (event) {
    case PrivacyEvents.REQUEST_CREATED: {
      if (request.status !== "awaiting_verification" || request.verified_at || request.channel !== "web_form") return null
      const verifyUrl = privacy.requestVerifyUrl(request.id)
      return { template: "verification", link: verifyUrl, mail: texts.verification({ shop, reference: request.reference, verifyUrl, hours: options.requests.verificationLinkHours }) }
    }
    case PrivacyEvents.REQUEST_VERIFIED:
      return { template: "acknowledgement", mail: texts.acknowledgement({ ...base, due: request.due_on, rights }) }
    case PrivacyEvents.REQUEST_EXTENDED:
      return { template: "extension", mail: texts.extension({ ...base, firstDue: request.first_due_on, due: request.due_on, reason: request.extension_reason ?? "" }) }
    case PrivacyEvents.REQUEST_COMPLETED: {
      if (request.outcome === "no_data") return { template: "no_data", mail: texts.noData({ ...base, contact }) }
      const kept = ((request.kept as { items?: KeptRecord[] } | null)?.items ?? []).map((item) => keptItemText(texts, item))
      const exportSent = rights.includes("access") || rights.includes("portability")
      return { template: "completion", mail: texts.completion({ ...base, rights, kept, exportSent, note: request.answer_note, contact }) }
    }
    case PrivacyEvents.REQUEST_REFUSED: {
      const lead = options.supervisoryAuthorities[0]
      const authority = lead
        ? { name: localize(lead.name, request.language), address: lead.address ? localize(lead.address, request.language) : undefined, website: lead.url, email: lead.email }
        : null
      return { template: "refusal", mail: texts.refusal({ ...base, rights, reason: request.refusal_reason ?? "", authority, contact }) }
    }
    default:
      return null
  }
}

/**
 * Sends the answer an event calls for, through the Notification Module, to
 * the address on the request (a customer's current one when the request has
 * none), and records on the timeline that it went. The verification link is
 * removed from the stored notification once sent: staff must not verify for
 * the person. A failed send is logged without the address and leaves the
 * request as it is; the timeline shows no answer sent.
 */
export async function sendRequestAnswer(container: MedusaContainer, requestId: string, event: string): Promise<void> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { request } = await privacy.retrieveRequest(requestId)
  const answer = answerFor(privacy, request, event)
  const to = request.email ?? (request.customer_id ? await customerEmail(container, request.customer_id) : null)
  if (!answer || !to) return
  const notification = {
    to,
    channel: "email",
    template: REQUEST_TEMPLATES[answer.template],
    receiver_id: request.customer_id,
    resource_type: "privacy_request",
    resource_id: request.id,
    data: { language: request.language, reference: request.reference, subject: answer.mail.subject, text: answer.mail.text, ...(answer.link ? { verify_url: answer.link } : {}) },
  }
  try {
    if (answer.link) await sendLinkMail(container, notification, "verify_url")
    else await container.resolve(Modules.NOTIFICATION).createNotifications([notification])
    await privacy.recordRequestEvent(request.id, { kind: answer.template === "verification" ? "verification_sent" : "answer_sent", data: { template: answer.template }, actor: { type: "system", id: null } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`privacy: the ${answer.template} e-mail of request ${request.reference} could not be sent (${(error as Error).name})`)
  }
}

async function customerEmail(container: MedusaContainer, customerId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  return data[0]?.email ?? null
}
