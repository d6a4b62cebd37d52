import { once } from "node:events"
import type { Readable } from "node:stream"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { fileErrorCode, isFileGone } from "../privacy/exports/download/file-gone"

type ExportRow = Awaited<ReturnType<PrivacyModuleService["listPrivacyExports"]>>[number]

export const EXPORT_GONE = { type: "not_allowed", message: "This download link has expired. Ask for a new copy of your data." }
const UNAVAILABLE = {
  type: "unexpected_state",
  code: "file_store_unavailable",
  message: "The shop's file storage could not deliver this file right now. Try the link again later.",
}

/**
 * Streams a ready export's ZIP from the File Module and counts the download.
 * The answer starts only once the stream has data, so a missing file is a
 * 410; any other provider failure is the shop's, logged and answered 503.
 */
export async function sendExportFile(req: MedusaRequest, res: MedusaResponse, row: ExportRow): Promise<void> {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  let stream: Readable
  try {
    stream = await req.scope.resolve(Modules.FILE).getDownloadStream(row.file_key!)
    // Rejects when the stream errors first (a file that is gone).
    await once(stream, "readable")
  } catch (error) {
    if (isFileGone(error)) {
      res.status(410).json(EXPORT_GONE)
      return
    }
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`privacy: export ${row.id} could not be read from the file store (${fileErrorCode(error)})`)
    res.status(503).json(UNAVAILABLE)
    return
  }
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", `attachment; filename="privacy-export-${new Date(row.created_at).toISOString().slice(0, 10)}.zip"`)
  res.setHeader("Cache-Control", "no-store")
  if (row.file_size) {
    res.setHeader("Content-Length", String(row.file_size))
  }
  await privacy.countExportDownload(row.id)
  stream.on("error", (error) => res.destroy(error))
  stream.pipe(res)
}
