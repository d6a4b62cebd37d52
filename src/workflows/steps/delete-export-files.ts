import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { database } from "../../retention/settings"

/**
 * Removes the customers' export files from the File Module before their
 * records are erased: the records keep the keys until then, so a run that
 * stops here finds the rest next time. A file already gone is not an error.
 */
export const deleteExportFilesStep = createStep("delete-privacy-export-files", async (customerIds: string[], { container }) => {
  if (!customerIds.length) {
    return new StepResponse(0)
  }
  const { rows } = await database(container).raw(
    `SELECT file_key FROM privacy_export WHERE customer_id = ANY(?::text[]) AND file_key IS NOT NULL`,
    [customerIds]
  )
  const keys = rows.map((row) => row.file_key as string)
  if (keys.length) {
    await container.resolve(Modules.FILE).deleteFiles(keys)
  }
  return new StepResponse(keys.length)
})
