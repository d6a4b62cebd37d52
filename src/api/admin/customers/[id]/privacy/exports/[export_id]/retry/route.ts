import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../../../modules/privacy/service"
import { retryCustomerExportWorkflow } from "../../../../../../../../workflows/retry-customer-export"
import { exportResponse } from "../../../../../../../utils/export-response"

/** Builds a failed export again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await retryCustomerExportWorkflow(req.scope).run({
    input: { export_id: req.params.export_id, customer_id: req.params.id },
  })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.status(202).json({ export: exportResponse(privacy, result, { forStaff: true }) })
}
