import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { describeFailure, RunFailureCodes } from "../retention/failure-code"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { runRetentionWorkflow } from "../workflows/run-retention"

/**
 * Runs a retention run asked for with "Run now" on the instance that gets
 * the event (a worker or shared instance), never in the HTTP server. The
 * run records its own outcome; this only logs what stopped it from starting.
 */
export default async function retentionRunRequestedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { errors } = await runRetentionWorkflow(container).run({ input: { run_id: event.data.id, trigger: "staff" }, throwOnError: false })
  if (errors.length) {
    const { code } = describeFailure(errors[0].error, RunFailureCodes.RUN_FAILED)
    container.resolve("logger").error(`privacy: retention run ${event.data.id} could not start (${code})`)
  }
}

export const config: SubscriberConfig = {
  event: PrivacyEvents.RETENTION_REQUESTED,
  context: { subscriberId: "privacy-run-retention" },
}
