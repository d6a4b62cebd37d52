import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { dryRunFor, eraseOne, findCustomerForErasure } from "../../../../../utils/erasure"
import { staffActor } from "../../../../../utils/request-actor"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse } from "../../../../../utils/request-response"
import { keptByErasure } from "../../../../../utils/request-kept"
import { linkToRequest, requestSubject, requestToActOn } from "../../../../../utils/request-work"

/**
 * Erasure (Art. 17) for the request's person. `dry_run: true` shows what
 * would go and what would be kept, changing nothing. What the law keeps
 * (bookkeeping, the proof of consents) is linked with the erasure, so the
 * answer tells the person what was kept, why and until when. A hold that
 * blocks the erasure (an order not yet delivered, a restriction) answers 409.
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest<{ dry_run: boolean }>, res: MedusaResponse) => {
  const request = await requestToActOn(req)
  const subject = requestSubject(request)
  if (!("customer_id" in subject)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Request ${request.reference} has no customer account: an erasure by address is not available yet`)
  }
  const customer = await findCustomerForErasure(req.scope, subject.customer_id)
  const dryRun = await dryRunFor(req.scope, customer.id)
  if (req.validatedBody.dry_run) {
    res.json({ dry_run: dryRun })
    return
  }
  if (!dryRun.erasable) {
    const holds = dryRun.blocked.map((hold) => (hold.order_id ? `order #${hold.display_id ?? hold.order_id}: ${hold.hold}` : hold.hold)).join("; ")
    throw new MedusaError(MedusaError.Types.CONFLICT, `The erasure is held (${holds}): answer the request in part, or once the hold is gone`)
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const kept = keptByErasure(dryRun)
  const { erasure } = await eraseOne(req.scope, { customer_id: customer.id, trigger: "staff", actor: staffActor(req), reason: `Request ${request.reference} (GDPR Art. 17)` })
  const updated = await linkToRequest(req, { kind: "erasure", id: erasure?.id ?? customer.id, kept })
  res.status(202).json({ request: requestResponse(privacy, updated), erasure, kept })
})
