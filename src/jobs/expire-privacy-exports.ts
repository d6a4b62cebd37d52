import type { MedusaContainer } from "@medusajs/framework/types"
import { expirePrivacyExports } from "../workflows/expire-privacy-exports"

/** Export files live only as long as their download link: removed hourly once it expires. */
export default async function expirePrivacyExportsJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const { expired, failed } = await expirePrivacyExports(container)
  if (expired) {
    logger.info(`privacy: removed the files of ${expired} expired exports`)
  }
  if (failed.length) {
    logger.warn(`privacy: could not remove the files of exports ${failed.join(", ")}; trying again next hour`)
  }
}

export const config = { name: "privacy-expire-exports", schedule: "23 * * * *" }
