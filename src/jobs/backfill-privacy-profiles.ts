import type { MedusaContainer } from "@medusajs/framework/types"
import { backfillPrivacyProfiles } from "../workflows/backfill-privacy-profiles"

/**
 * Catches customers that have no profile: those that existed before the
 * plugin was installed, and any whose sign-up event was lost. Daily at
 * 02:17, an hour before the retention run (03:17), which needs the profiles.
 */
export default async function backfillPrivacyProfilesJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const { scanned, created, failed_batches } = await backfillPrivacyProfiles(container)
  if (created) {
    logger.info(`privacy: created ${created} missing privacy profiles (${scanned} customers checked)`)
  }
  for (const failure of failed_batches) {
    logger.warn(`privacy: profile backfill failed for the page after "${failure.after}": ${failure.error}`)
  }
}

export const config = {
  name: "privacy-backfill-profiles",
  schedule: "17 2 * * *",
}
