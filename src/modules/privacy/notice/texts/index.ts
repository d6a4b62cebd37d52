import { en } from "./en"
import { fi } from "./fi"
import { nb } from "./nb"
import { sv } from "./sv"
import type { NoticeTexts } from "./types"

/** The languages the plugin ships notice texts for, by base language. */
export const NOTICE_TEXTS: Record<string, NoticeTexts> = { en, nb, fi, sv }

export function textsFor(language: string): NoticeTexts | undefined {
  return NOTICE_TEXTS[language] ?? NOTICE_TEXTS[language.split("-")[0]]
}
