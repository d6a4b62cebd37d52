import type { MedusaContainer } from "@medusajs/framework/types"
import { runRetentionWorkflow } from "../workflows/run-retention"

/**
 * Daily at 03:17, on worker instances (Medusa runs scheduled jobs there),
 * an hour after the profile backfill so customers it finds are swept too:
 * erase the customers whose relationship has ended and release bookkeeping
 * material whose period has ended. The run takes a Locking Module lock, so
 * two workers never sweep at once.
 */
export default async function runPrivacyRetentionJob(container: MedusaContainer) {
  const { result } = await runRetentionWorkflow(container).run({ input: { trigger: "schedule" } })
  const { run_id, status, counts, reason } = result
  container
    .resolve("logger")
    .info(
      `privacy: retention run ${run_id} ${status}${reason ? ` (${reason.code})` : ""}: ${counts.erased} erased, ${counts.blocked} held, ${counts.failed} failed, ${counts.warnings_failed} warnings failed, ${counts.orders_released} orders released`
    )
}

export const config = { name: "privacy-retention", schedule: "17 3 * * *" }
