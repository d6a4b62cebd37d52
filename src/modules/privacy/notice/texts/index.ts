import { en } from "./en"
import { fi } from "./fi"
import { nb } from "./nb"
import { sv } from "./sv"
import type { NoticeTexts } from "./types"
import { matchLanguage } from "../../lib/language-match"

/** The languages the plugin ships notice texts for, by base language. */
export const NOTICE_TEXTS: Record<string, NoticeTexts> = { en, nb, fi, sv }

export function textsFor(language: string): NoticeTexts | undefined {
  const key = matchLanguage(Object.keys(NOTICE_TEXTS), language)
  return key ? NOTICE_TEXTS[key] : undefined
}
