import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../../../modules/privacy/service"
import { retryCustomerExportWorkflow } from "../../../../../../../../workflows/retry-customer-export"
import { exportResponse } from "../../../../../../../utils/export-response"

/** Builds a failed export again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retryCustomerExportWorkflow(req.scope).run({
    input: { export_id: req.params.export_id, customer_id: req.params.id },
  })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const row = await privacy.retrievePrivacyExport(req.params.export_id)
  res.status(202).json({ export: exportResponse(privacy, row, { forStaff: true }) })
}
