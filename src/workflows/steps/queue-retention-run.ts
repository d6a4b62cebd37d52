import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type { RetentionRunTrigger } from "../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../modules/privacy/service"
import { queueRetentionRun } from "../../retention/run-report"

export type QueueRetentionRunInput = { trigger: RetentionRunTrigger; actor_id?: string | null }

/** Records the run as queued; a worker takes it up when the request event reaches it. */
export const queueRetentionRunStep = createStep(
  "queue-privacy-retention-run",
  async (input: QueueRetentionRunInput, { container }) => {
    const id = await queueRetentionRun(container.resolve<PrivacyModuleService>(PRIVACY_MODULE), input)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).unqueueRetentionRun(id)
  }
)
