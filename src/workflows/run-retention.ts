import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sweepRetentionStep, type SweepRetentionInput } from "./steps/sweep-retention"

export type RunRetentionWorkflowInput = SweepRetentionInput

/**
 * One retention run, on the instance that executes it: the daily job and the
 * subscriber of `privacy.retention.requested` (worker and shared instances)
 * both run this. Answers `{ run_id, status, counts, reason }`.
 */
export const runRetentionWorkflow = createWorkflow("privacy-run-retention", (input: RunRetentionWorkflowInput) => {
  return new WorkflowResponse(sweepRetentionStep(input))
})
