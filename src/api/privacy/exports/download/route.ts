import { once } from "node:events"
import type { Readable } from "node:stream"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { fileErrorCode, isFileGone } from "./file-gone"

const GONE = { type: "not_allowed", message: "This download link has expired. Ask for a new copy of your data." }
const UNAVAILABLE = {
  type: "unexpected_state",
  code: "file_store_unavailable",
  message: "The shop's file storage could not deliver this file right now. Try the link again later.",
}

/**
 * The signed download link of one export. The link itself is the key: it
 * names one export, carries its expiry and is signed with the shop's secret.
 * A link that is not genuine gets 400; one whose time is up, or whose file is
 * gone, 410. The file comes from the File Module as a stream, and the answer
 * starts only once the stream has data, so a missing file is a 410 too; any
 * other provider failure is the shop's, logged and answered 503.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const check = privacy.checkExportToken(req.query.token)
  if (!check.valid && check.reason === "invalid") {
    res.status(400).json({ type: "invalid_data", message: "This download link is not valid" })
    return
  }
  const [row] = check.export_id ? await privacy.listPrivacyExports({ id: check.export_id }) : []
  if (!check.valid || !row || row.status !== "ready" || !row.file_key || new Date(row.expires_at!).getTime() <= Date.now()) {
    res.status(410).json(GONE)
    return
  }
  let stream: Readable
  try {
    stream = await req.scope.resolve(Modules.FILE).getDownloadStream(row.file_key)
    // Rejects when the stream errors first (a file that is gone).
    await once(stream, "readable")
  } catch (error) {
    if (isFileGone(error)) {
      res.status(410).json(GONE)
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
