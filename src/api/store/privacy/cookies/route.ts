import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { matchLanguage } from "../../../../modules/privacy/lib/language-match"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { acceptedLanguages } from "../../../utils/languages"
import type { StoreGetCookieDeclarationType } from "./validators"

/**
 * The cookie declaration in the visitor's language (`lang`, else
 * Accept-Language, else the shop's default): the categories to ask about,
 * every item in each, the banner's texts, and the revision a choice names.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCookieDeclarationType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const available = privacy.getNoticeLanguages()
  const wanted = req.validatedQuery.lang ?? acceptedLanguages(req.get("accept-language")).find((tag) => matchLanguage(available, tag))
  const declaration = privacy.getCookieDeclaration(wanted)
  res.setHeader("Content-Language", declaration.language)
  res.setHeader("Vary", "Accept-Language")
  res.setHeader("ETag", `"${declaration.revision}-${declaration.language}"`)
  // Short: a new revision must reach the banners soon after a restart.
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json(declaration)
}
