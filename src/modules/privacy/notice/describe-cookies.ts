import { describeCookieDeclaration } from "../cookies/declaration"
import type { PrivacyPluginOptions } from "../lib/options"
import type { NoticeSection } from "./build-notice"
import type { NoticeTexts, SectionId } from "./texts/types"

type SectionMaker = (id: SectionId, content: Omit<NoticeSection, "id" | "heading" | "references">) => NoticeSection

/**
 * The notice's cookie section: a table made from the same declaration the
 * banner shows and the consent records name, so the two cannot disagree.
 */
export function cookiesSection(options: PrivacyPluginOptions, language: string, t: NoticeTexts, section: SectionMaker): NoticeSection {
  if (!options.cookies.length) {
    return section("cookies", { paragraphs: [t.cookies.none] })
  }
  const declaration = describeCookieDeclaration(options, language)
  const { headings } = t.cookies
  const rows = declaration.categories.flatMap((category) =>
    category.items.map((item) => [
      item.name,
      t.cookies.categories[category.id],
      item.provider?.name ?? t.cookies.firstParty,
      item.purpose,
      item.lifetime,
      t.cookies.kinds[item.kind],
    ])
  )
  const asksConsent = declaration.categories.some((category) => !category.required)
  return section("cookies", {
    paragraphs: [t.cookies.intro],
    table: { headings: [headings.name, headings.category, headings.provider, headings.purpose, headings.lifetime, headings.kind], rows },
    notes: asksConsent ? [t.cookies.consent, t.cookies.choiceKept(options.cookieConsentMonths, options.retention.consentProofYears)] : [],
  })
}
