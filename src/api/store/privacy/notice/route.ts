import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { matchLanguage } from "../../../../modules/privacy/lib/language-match"
import { renderNoticeHtml } from "../../../../modules/privacy/notice/render-html"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { acceptedLanguages } from "../../../utils/languages"
import type { StoreGetPrivacyNoticeType } from "./validators"

/**
 * The privacy notice in the language asked for (`lang`, else the browser's
 * Accept-Language, else the shop's default), as JSON for storefronts to render
 * or as a ready HTML page, with its version and the day that version was
 * first shown ("last updated").
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetPrivacyNoticeType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { lang, format } = req.validatedQuery
  const available = privacy.getNoticeLanguages()
  const wanted = lang ?? acceptedLanguages(req.get("accept-language")).find((tag) => matchLanguage(available, tag))
  const notice = await privacy.getPublishedNotice(wanted)

  res.setHeader("Content-Language", notice.language)
  res.setHeader("Vary", "Accept-Language")
  // The whole response, not only the text: the format and the list of languages are in it too.
  const etag = createHash("sha256").update([notice.version, format, available.join(",")].join("|")).digest("hex").slice(0, 20)
  res.setHeader("ETag", `"${etag}"`)
  res.setHeader("Cache-Control", "public, max-age=300")
  if (format === "html") {
    res.type("html").send(renderNoticeHtml(notice, { lastUpdated: new Date(notice.last_updated) }))
    return
  }
  res.json({ notice, available_languages: available })
}
