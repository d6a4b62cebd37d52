import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import { CONSENT_CHANNELS, type ConsentSource } from "../../../../../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { recordConsentWorkflow } from "../../../../../../workflows/record-consent"
import { staffActor } from "../../../../../utils/request-actor"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse } from "../../../../../utils/request-response"
import { linkToRequest, requestSubject, requestToActOn } from "../../../../../utils/request-work"

const SOURCE_OF: Record<string, ConsentSource> = { email: "admin_email", phone: "admin_phone", letter: "admin_letter", in_person: "admin_letter" }

/**
 * Objection (Art. 21) and withdrawal of consent (Art. 7(3)): a withdrawal of
 * every marketing purpose on every channel is recorded for the person, which
 * is always allowed and also stands against later grants (Art. 21(3)).
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const request = await requestToActOn(req)
  const subject = requestSubject(request)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const options = privacy.getOptions()
  const source: ConsentSource = SOURCE_OF[request.channel] ?? "account"
  const events: string[] = []
  for (const purpose of options.consent.purposes) {
    for (const channel of CONSENT_CHANNELS) {
      const { result } = await recordConsentWorkflow(req.scope).run({
        input: {
          subject: "customer_id" in subject ? { customer_id: subject.customer_id } : { email: subject.email, language: request.language },
          purpose: purpose.key,
          channel,
          granted: false,
          source,
          note: `Request ${request.reference}`,
          language: request.language,
          actor: staffActor(req),
        },
      })
      events.push(result.event.id)
    }
  }
  const updated = await linkToRequest(req, { kind: "consent_event", id: events[0], ids: events })
  res.json({ request: requestResponse(privacy, updated), consent_events: events })
})
