import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"

/**
 * How the shop keeps its deadlines: of the requests closed over the last 12
 * months, the share answered within one month (the first due date) and within
 * three (extended), and how many are open and overdue today.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const stats = await req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getRequestStats()
  const share = (count: number) => (stats.closed ? Math.round((count / stats.closed) * 1000) / 10 : null)
  res.json({
    stats: {
      ...stats,
      within_one_month_percent: share(stats.within_one_month),
      within_three_months_percent: share(stats.within_three_months),
    },
  })
}
