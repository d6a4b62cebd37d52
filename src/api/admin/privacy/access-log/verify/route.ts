import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { accessRecorder } from "../../../../../access-log/access-recorder"

/**
 * Checks the access log's hash chain from its start (the first entry, or
 * where retention last pruned it) to its end, and names the first entry that
 * was changed, moved or follows a removed one.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  await accessRecorder(req.scope).flush()
  res.json({ verification: { ...(await privacy.verifyAccessLog()), checked_at: new Date() } })
}
