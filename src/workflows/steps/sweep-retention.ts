import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RetentionRunTrigger } from "../../modules/privacy/lib/constants"
import { runRetention } from "../../retention/sweep"

export type SweepRetentionInput = {
  trigger: RetentionRunTrigger
  /** A run queued beforehand, taken up here. */
  run_id?: string
  actor_id?: string | null
  /** ISO time the run judges periods by (tests move it forward). */
  now?: string
  batch_size?: number
}

/**
 * The sweep (src/retention/sweep.ts). No compensation: every batch commits on
 * its own and is meant to stay done; failures are in the run's report.
 */
export const sweepRetentionStep = createStep("sweep-privacy-retention", async (input: SweepRetentionInput, { container }) => {
  const result = await runRetention(container, {
    trigger: input.trigger,
    run_id: input.run_id,
    actor_id: input.actor_id ?? null,
    now: input.now ? new Date(input.now) : undefined,
    batchSize: input.batch_size,
  })
  return new StepResponse(result)
})
