import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../../../modules/privacy/service"
import { EXPORT_GONE, sendExportFile } from "../../../../../../../utils/send-export-file"

/**
 * Staff download an export with their own session (a request by letter or
 * in person, handed over by the shop). The customer's signed link is never
 * shown to staff: with it they could act as the customer.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [row] = await privacy.listPrivacyExports({ id: req.params.export_id, customer_id: req.params.id })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export with id '${req.params.export_id}' was not found for this customer`)
  }
  if (row.status !== "ready" || !row.file_key || new Date(row.expires_at!).getTime() <= Date.now()) {
    res.status(410).json(EXPORT_GONE)
    return
  }
  await sendExportFile(req, res, row)
}
