import type { ExecArgs } from "@medusajs/framework/types"
import { backfillPrivacyProfiles } from "../workflows/backfill-privacy-profiles"

/**
 * `npx medusa exec ./node_modules/medusa-plugin-privacy/.medusa/server/src/scripts/backfill-privacy-profiles.js`
 * gives every existing customer a privacy profile right after installation.
 */
export default async function backfillPrivacyProfilesScript({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  const { scanned, created, failed_batches } = await backfillPrivacyProfiles(container)
  logger.info(`privacy: ${scanned} customers checked, ${created} privacy profiles created`)
  for (const failure of failed_batches) {
    logger.error(`privacy: the page after "${failure.after}" failed: ${failure.error}`)
  }
  if (failed_batches.length) {
    process.exitCode = 1
  }
}
