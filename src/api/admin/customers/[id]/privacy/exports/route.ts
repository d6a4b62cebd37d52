import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { requestCustomerExportWorkflow } from "../../../../../../workflows/request-customer-export"
import { assertCustomerExists } from "../../../../../utils/assert-customer-exists"
import { exportResponse } from "../../../../../utils/export-response"
import type { AdminRequestExportType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const rows = await privacy.listPrivacyExports({ customer_id: req.params.id }, { order: { created_at: "DESC" } })
  res.json({ exports: rows.map((row) => exportResponse(privacy, row, { forStaff: true })) })
}

/**
 * Staff record a request that came by letter, e-mail or in person, with how
 * the person's identity was checked (policy clause 11: signed or equally
 * verified, or in person). Staff requests are not counted against the
 * customer's daily limit.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRequestExportType>, res: MedusaResponse) => {
  const { verification, note, language } = req.validatedBody
  const { result } = await requestCustomerExportWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      requested_by: "staff",
      verification,
      note,
      language,
      actor: { type: req.auth_context.actor_type === "api-key" ? "api-key" : "user", id: req.auth_context.actor_id },
    },
  })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.status(202).json({ export: result.limited ? null : exportResponse(privacy, result.export, { forStaff: true }) })
}
