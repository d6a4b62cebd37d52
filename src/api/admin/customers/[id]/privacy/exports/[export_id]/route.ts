import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../../modules/privacy/service"
import { exportResponse } from "../../../../../../utils/export-response"

/** One export of the customer, with what staff need to follow it up (attempts, failure reason, downloads). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [row] = await privacy.listPrivacyExports({ id: req.params.export_id, customer_id: req.params.id })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export with id '${req.params.export_id}' was not found for this customer`)
  }
  res.json({ export: exportResponse(privacy, row, { forStaff: true }) })
}
