import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessRecorder } from "../../access-log/access-recorder"
import { buildExportArchive, type ExportRequest } from "../../export/build-archive"

/** Builds and stores the ZIP; compensation deletes the file, so nothing half-finished is left behind. */
export const buildExportArchiveStep = createStep(
  "build-privacy-export-archive",
  async (
    { request, customer }: { request: ExportRequest; customer: { email: string | null; customer_number: string | null } },
    { container }
  ) => {
    // Staff accesses this process has not written yet belong in the copy too.
    await accessRecorder(container).flush()
    const archive = await buildExportArchive(container, request, customer)
    return new StepResponse(archive, archive.file_key)
  },
  async (fileKey, { container }) => {
    if (!fileKey) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles(fileKey)
  }
)
