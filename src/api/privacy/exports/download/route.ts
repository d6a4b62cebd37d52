import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { downloadPageTextsFor } from "../../../../export/download-page-texts"
import { renderConsentPage } from "../../../../modules/privacy/consent/render-page"
import { noteReachedCustomers } from "../../../access/access-log-middleware"
import { EXPORT_GONE, sendExportFile } from "../../../utils/send-export-file"

type Offered = { invalid: true } | { invalid: false; row?: ExportRow }
type ExportRow = Awaited<ReturnType<PrivacyModuleService["listPrivacyExports"]>>[number]

function tokenOf(req: MedusaRequest): unknown {
  return req.query.token ?? (req.body as Record<string, unknown> | undefined)?.token
}

/** The export a link offers now: none when its time is up or its file was withdrawn. */
async function offeredExport(privacy: PrivacyModuleService, token: unknown): Promise<Offered> {
  const check = privacy.checkExportToken(token)
  if (!check.valid && check.reason === "invalid") {
    return { invalid: true }
  }
  const [row] = check.export_id ? await privacy.listPrivacyExports({ id: check.export_id }) : []
  const offered = check.valid && row && row.status === "ready" && row.file_key && new Date(row.expires_at!).getTime() > Date.now()
  return { invalid: false, row: offered ? row : undefined }
}

/**
 * The download link of one export, as the e-mail gives it. GET only shows a
 * page with a download button: mail filters that scan links fetch every URL
 * in a message, and a GET that answered with the archive would hand it to
 * them. The link itself is the key (it names one export and its expiry,
 * signed with the export key); it is the same for 400 and 410 as the POST.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const token = tokenOf(req)
  const offered = await offeredExport(privacy, token)
  const language = privacy.getNotice(offered.invalid ? undefined : offered.row?.language).language
  const texts = downloadPageTextsFor(language)
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (offered.invalid || !offered.row) {
    res.status(offered.invalid ? 400 : 410).type("html").send(
      renderConsentPage({ language, title: texts.title, message: offered.invalid ? texts.invalid : texts.gone })
    )
    return
  }
  const expires = new Date(offered.row.expires_at!).toLocaleString(language, { dateStyle: "long", timeStyle: "short" })
  res.type("html").send(
    renderConsentPage({
      language,
      title: texts.title,
      message: texts.ready(privacy.getOptions().controller.name, expires),
      form: { action: `/privacy/exports/download?token=${encodeURIComponent(String(token))}`, fields: {}, button: texts.button },
    })
  )
}

/**
 * The download itself, from the page's button (or any client that POSTs the
 * link). A link that is not genuine gets 400; one whose time is up, or whose
 * file is gone, 410; a file store that fails, 503 (see `sendExportFile`).
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const offered = await offeredExport(privacy, tokenOf(req))
  if (offered.invalid) {
    res.status(400).json({ type: "invalid_data", message: "This download link is not valid" })
    return
  }
  const row = offered.row
  if (!row) {
    res.status(410).json(EXPORT_GONE)
    return
  }
  noteReachedCustomers(res, row.customer_id ? [row.customer_id] : [])
  await sendExportFile(req, res, row)
}
