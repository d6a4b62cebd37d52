import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../../modules/privacy/service"
import { exportResponse } from "../../../../../../utils/export-response"

/** Another customer's export is as unknown as one that does not exist: 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [row] = await privacy.listPrivacyExports({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export with id '${req.params.id}' was not found`)
  }
  res.json({ export: exportResponse(privacy, row) })
}
