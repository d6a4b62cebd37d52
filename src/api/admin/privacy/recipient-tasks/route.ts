import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { recipientTaskResponse } from "../../../utils/disclosure-response"
import type { AdminListRecipientTasksQueryType } from "../recipients/validators"

/** The Art. 19 tasks: recipients to tell about a rectification, erasure or restriction, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListRecipientTasksQueryType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { limit, offset, ...filter } = req.validatedQuery
  const { rows, count } = await privacy.listRecipientTaskPage({ ...filter, limit, offset })
  res.json({ tasks: rows.map((task) => recipientTaskResponse(task, privacy.getOptions())), count, limit, offset })
}
