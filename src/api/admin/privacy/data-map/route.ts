import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"

/**
 * The effective personal-data map with the recipient register (entries name
 * recipient categories; the register names who stands behind them), and how
 * well the map covers the live database.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { purposes, entries, notPersonal } = privacy.getDataMap()
  const { recipients } = privacy.getOptions()
  res.json({
    data_map: { purposes, recipients, entries, not_personal: notPersonal },
    coverage: await privacy.checkDataMapCoverage(),
  })
}
