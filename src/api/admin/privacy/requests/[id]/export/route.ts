import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { requestAddressExportWorkflow } from "../../../../../../workflows/request-address-export"
import { requestCustomerExportWorkflow } from "../../../../../../workflows/request-customer-export"
import { exportResponse } from "../../../../../utils/export-response"
import { staffActor } from "../../../../../utils/request-actor"
import { answerConflicts } from "../../../../../utils/answer-conflicts"
import { requestResponse } from "../../../../../utils/request-response"
import { exportVerification, linkToRequest, requestSubject, requestToActOn, runRefusing, workflowActor } from "../../../../../utils/request-work"

/**
 * Access and portability (Art. 15, 20): the export of everything held about
 * the request's person, built in the background; its link goes to the
 * person's mailbox alone, in the request's language. For a person without an
 * account, what is held under the verified address; `held: false` when
 * nothing is, for a "no data held" answer.
 */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const request = await requestToActOn(req)
  const subject = requestSubject(request)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  if (!("customer_id" in subject)) {
    // A person without an account: what is held under the verified address, its link mailed there.
    const result = await runRefusing(() =>
      requestAddressExportWorkflow(req.scope).run({
        input: { email: subject.email, verification: exportVerification(request.verification_method), language: request.language, actor: workflowActor(staffActor(req)) },
      })
    )
    if (!result.held || !result.export) {
      res.json({ request: requestResponse(privacy, request), export: null, held: false })
      return
    }
    const updated = await linkToRequest(req, { kind: "export", id: result.export.id })
    res.status(202).json({ request: requestResponse(privacy, updated), export: exportResponse(privacy, result.export as never, { forStaff: true }), held: true })
    return
  }
  const { result } = await requestCustomerExportWorkflow(req.scope).run({
    input: {
      customer_id: subject.customer_id,
      requested_by: "staff",
      verification: exportVerification(request.verification_method),
      note: `Request ${request.reference}`,
      language: request.language,
      actor: staffActor(req),
    },
  })
  if (result.limited) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The export could not be recorded")
  }
  const updated = await linkToRequest(req, { kind: "export", id: result.export.id })
  res.status(202).json({ request: requestResponse(privacy, updated), export: exportResponse(privacy, result.export, { forStaff: true }), held: true })
})
