import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"

/** The effective personal-data map, and how well it covers the live database. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { purposes, recipients, entries, notPersonal } = privacy.getDataMap()
  res.json({
    data_map: { purposes, recipients, entries, not_personal: notPersonal },
    coverage: await privacy.checkDataMapCoverage(),
  })
}
