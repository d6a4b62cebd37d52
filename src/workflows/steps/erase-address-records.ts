import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { erasePeople } from "../../retention/erase-customers"
import { database, erasureSettings } from "../../retention/settings"

/**
 * Erases the records of a verified address without an account, as the data
 * map says, in one transaction (see eraseCustomerRecordsStep): first the
 * files of its exports, whose records keep their keys until then, so a run
 * that stops here finds them next time.
 */
export const eraseAddressRecordsStep = createStep(
  "erase-privacy-address-records",
  async (input: { email: string; now: string }, { container }) => {
    const db = database(container)
    const { rows } = await db.raw(
      `SELECT id, file_key FROM privacy_export WHERE customer_id IS NULL AND email IS NOT NULL AND lower(trim(email)) = ?`,
      [input.email]
    )
    const keys = rows.filter((row) => row.file_key).map((row) => row.file_key as string)
    if (keys.length) {
      await container.resolve(Modules.FILE).deleteFiles(keys)
    }
    const erased = await erasePeople(db, { emails: [input.email] }, erasureSettings(container, new Date(input.now)))
    return new StepResponse({ ...erased, export_ids: rows.map((row) => row.id as string) })
  }
)
