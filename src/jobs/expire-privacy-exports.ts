import type { MedusaContainer } from "@medusajs/framework/types"
import { expirePrivacyExports } from "../export/maintenance/expire-privacy-exports"
import { recoverStalledExports } from "../export/maintenance/recover-stalled-exports"

/**
 * Hourly: export files live only as long as their download link, and an
 * export that stopped moving (a restart mid-build) is restarted or failed.
 */
export default async function maintainPrivacyExportsJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const { expired, failed } = await expirePrivacyExports(container)
  if (expired) {
    logger.info(`privacy: removed the files of ${expired} expired exports`)
  }
  if (failed.length) {
    logger.warn(`privacy: could not remove the files of exports ${failed.join(", ")}; trying again next hour`)
  }
  const stalled = await recoverStalledExports(container)
  if (stalled.restarted || stalled.failed) {
    logger.warn(`privacy: ${stalled.restarted} waiting exports restarted, ${stalled.failed} interrupted builds marked failed`)
  }
}

export const config = { name: "privacy-maintain-exports", schedule: "23 * * * *" }
