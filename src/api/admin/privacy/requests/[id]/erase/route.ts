import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { dryRunFor, eraseOne, findCustomerForErasure } from "../../../../../utils/erasure"
import { staffActor } from "../../../../../utils/request-actor"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse } from "../../../../../utils/request-response"
import { keptByErasure } from "../../../../../utils/request-kept"
import { linkToRequest, requestSubject, requestToActOn, runRefusing, workflowActor } from "../../../../../utils/request-work"
import { eraseAddressWorkflow } from "../../../../../../workflows/erase-address"

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
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  if (!("customer_id" in subject)) {
    const dryRun = req.validatedBody.dry_run
    const result = await runRefusing(() =>
      eraseAddressWorkflow(req.scope).run({ input: { email: subject.email, dry_run: dryRun, actor: workflowActor(staffActor(req)) } })
    )
    if (dryRun || !result.held) {
      res.json({ dry_run: result, held: result.held })
      return
    }
    if (!result.erased) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `The erasure is held (${holdsText(result.blocked)}): answer the request in part, or once the hold is gone`)
    }
    const kept = keptByErasure(result as never, privacy.getOptions().retention)
    const updated = await linkToRequest(req, { kind: "erasure", id: result.erasure_id ?? request.id, kept })
    res.status(202).json({ request: requestResponse(privacy, updated), erasure: { id: result.erasure_id }, kept })
    return
  }
  const customer = await findCustomerForErasure(req.scope, subject.customer_id)
  const dryRun = await dryRunFor(req.scope, customer.id)
  if (req.validatedBody.dry_run) {
    res.json({ dry_run: dryRun })
    return
  }
  if (!dryRun.erasable) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `The erasure is held (${holdsText(dryRun.blocked)}): answer the request in part, or once the hold is gone`)
  }
  const kept = keptByErasure(dryRun, privacy.getOptions().retention)
  const { erasure } = await eraseOne(req.scope, { customer_id: customer.id, trigger: "staff", actor: staffActor(req), reason: `Request ${request.reference} (GDPR Art. 17)` })
  const updated = await linkToRequest(req, { kind: "erasure", id: erasure?.id ?? customer.id, kept })
  res.status(202).json({ request: requestResponse(privacy, updated), erasure, kept })
})

function holdsText(blocked: { hold: string; order_id: string | null; display_id: number | null }[]): string {
  return blocked.map((hold) => (hold.order_id ? `order #${hold.display_id ?? hold.order_id}: ${hold.hold}` : hold.hold)).join("; ")
}
