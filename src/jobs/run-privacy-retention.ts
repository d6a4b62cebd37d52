import type { MedusaContainer } from "@medusajs/framework/types"
import { runRetention } from "../workflows/run-retention"

/**
 * Daily, on worker instances (Medusa runs scheduled jobs there): erase the
 * customers whose relationship has ended and release bookkeeping material
 * whose period has ended. The run takes a Locking Module lock, so two
 * workers never sweep at once.
 */
export default async function runPrivacyRetentionJob(container: MedusaContainer) {
  const { run_id, status, counts } = await runRetention(container, { trigger: "schedule" })
  container
    .resolve("logger")
    .info(`privacy: retention run ${run_id} ${status}: ${counts.erased} erased, ${counts.blocked} held, ${counts.failed} failed, ${counts.orders_released} orders released`)
}

export const config = { name: "privacy-retention", schedule: "17 3 * * *" }
