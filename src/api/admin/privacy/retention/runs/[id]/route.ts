import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { runResponse } from "../run-response"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [run] = await privacy.listRetentionRuns({ id: req.params.id })
  if (!run) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Retention run with id '${req.params.id}' was not found`)
  }
  res.json({ run: runResponse(run) })
}
