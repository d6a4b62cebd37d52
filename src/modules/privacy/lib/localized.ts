import type { LocalizedText } from "../data-map/types"

/**
 * Picks the text for a language: the exact tag, then its base language
 * (`nb` for `nb-NO`), then the fallback language, then English, then any.
 */
export function localize(text: LocalizedText, language: string, fallback = "en"): string {
  if (typeof text === "string") {
    return text
  }
  const base = language.split("-")[0]
  return text[language] ?? text[base] ?? text[fallback] ?? text.en ?? Object.values(text)[0] ?? ""
}

/** Region names in the reader's language ("Norja", "Norway"), via Intl. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code
  } catch {
    return code
  }
}
