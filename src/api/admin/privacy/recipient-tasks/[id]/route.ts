import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { answerConflicts } from "../../../../utils/answer-conflicts"
import { recipientTaskResponse } from "../../../../utils/disclosure-response"
import type { AdminCloseRecipientTaskType } from "../../recipients/validators"

/** An officer closes a task: the recipient was told, or telling it is not required (with the reason). */
export const POST = answerConflicts(async (req: AuthenticatedMedusaRequest<AdminCloseRecipientTaskType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { status, reason } = req.validatedBody
  const result = await privacy.closeRecipientTask({ id: req.params.id, status, reason: reason ?? null, actor_id: req.auth_context.actor_id })
  if (!result) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recipient task with id '${req.params.id}' was not found`)
  }
  if (!result.closed) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `The task is already closed (${result.task.status})`)
  }
  res.json({ task: recipientTaskResponse(result.task, privacy.getOptions()) })
})
