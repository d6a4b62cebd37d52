import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RetentionRunTrigger } from "../../modules/privacy/lib/constants"
import { queueRetentionRun } from "../../retention/run-report"
import { database } from "../../retention/settings"

export type QueueRetentionRunInput = { trigger: RetentionRunTrigger; actor_id?: string | null }

/** Records the run as queued; a worker takes it up when the request event reaches it. */
export const queueRetentionRunStep = createStep(
  "queue-privacy-retention-run",
  async (input: QueueRetentionRunInput, { container }) => {
    const id = await queueRetentionRun(database(container), input)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await database(container).raw(`DELETE FROM privacy_retention_run WHERE id = ? AND status = 'queued'`, [id])
  }
)
