import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { requestRetentionRunWorkflow } from "../../../../../workflows/request-retention-run"
import type { AdminListRetentionRunsQueryType } from "../validators"
import { runResponse } from "./run-response"

/** Past runs and their reports, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListRetentionRunsQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const [runs, count] = await privacy.listAndCountRetentionRuns({}, { order: { started_at: "DESC" }, take: limit, skip: offset })
  res.json({ runs: runs.map(runResponse), count, limit, offset })
}

/**
 * Queues a run now: 202 with the queued run, to follow through
 * GET …/runs/:id. A worker runs it (see the retention-run-requested
 * subscriber); while another run holds the lock, it ends `skipped`.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (req.body && Object.keys(req.body as object).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This request takes no body")
  }
  const { result: runId } = await requestRetentionRunWorkflow(req.scope).run({ input: { trigger: "staff", actor_id: req.auth_context.actor_id } })
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.status(202).json({ run: runResponse(await privacy.retrieveRetentionRun(runId)) })
}
