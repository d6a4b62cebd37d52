import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { RequestActionInput } from "../../modules/privacy/requests/apply-action"
import type { RequestAction } from "../../modules/privacy/requests/transitions"
import type PrivacyModuleService from "../../modules/privacy/service"
import { progressDataSubjectRequestWorkflow } from "../../workflows/progress-data-subject-request"
import { answerConflicts } from "./answer-conflicts"
import { staffActor } from "./request-actor"
import { requestResponse } from "./request-response"

/**
 * The handler of `POST /admin/privacy/requests/:id/<action>`: the validated
 * body becomes the action's input, and the answer is the request as changed.
 */
export function requestActionRoute(
  action: RequestAction,
  extra?: (req: AuthenticatedMedusaRequest<any>) => Promise<Partial<RequestActionInput>> | Partial<RequestActionInput>
) {
  return answerConflicts(async (req: AuthenticatedMedusaRequest<Record<string, any>>, res: MedusaResponse) => {
    const body = req.validatedBody ?? {}
    const { result } = await progressDataSubjectRequestWorkflow(req.scope).run({
      input: { id: req.params.id, change: { action, actor: staffActor(req), ...body, ...((await extra?.(req)) ?? {}) } },
    })
    const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    res.json({ request: requestResponse(privacy, result.request), event: { id: result.event.id, kind: result.event.kind } })
  })
}
