import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { requestCustomerExportWorkflow } from "../../../../../../workflows/request-customer-export"
import { exportResponse } from "../../../../../utils/export-response"
import type { StoreRequestExportType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const rows = await privacy.listPrivacyExports({ customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC" } })
  res.json({ exports: rows.map((row) => exportResponse(privacy, row)) })
}

/**
 * The signed-in customer asks for a copy of their data. Their session is the
 * verification (EDPB Guidelines 01/2022). Built in the background: 202 now,
 * the download link later (by e-mail, and from GET …/exports/:id).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestExportType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await requestCustomerExportWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      requested_by: "customer",
      verification: "session",
      actor: { type: "customer", id: customerId },
      language: req.validatedBody.language,
    },
  })
  if (result.limited) {
    res.status(429).json({
      type: "too_many_requests",
      message: `You can ask for at most ${result.limit} copies of your data in 24 hours. Please try again later.`,
    })
    return
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.status(202).json({ export: exportResponse(privacy, result.export) })
}
