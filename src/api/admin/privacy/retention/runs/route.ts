import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { runRetention, startRetentionRun } from "../../../../../workflows/run-retention"
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
 * Starts a run now, in the background: 202 with the run, to follow through
 * GET …/runs/:id. While another run holds the lock, this one ends `skipped`.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (req.body && Object.keys(req.body as object).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This request takes no body")
  }
  const input = { trigger: "staff" as const, actor_id: req.auth_context.actor_id }
  const runId = await startRetentionRun(req.scope, input)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  void runRetention(req.scope, { ...input, run_id: runId }).catch((error) =>
    logger.error(`privacy: retention run ${runId} stopped (${(error as Error).name})`)
  )
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.status(202).json({ run: runResponse(await privacy.retrieveRetentionRun(runId)) })
}
