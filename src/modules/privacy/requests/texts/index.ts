import { matchLanguage } from "../../lib/language-match"
import type { KeptRecord } from "../apply-action"
import { en } from "./en"
import { fi } from "./fi"
import { keptItemIn } from "./kept"
import { nb } from "./nb"
import { sv } from "./sv"
import type { KeptItem, RequestTexts } from "./types"

export type * from "./types"

const TEXTS = { en, nb, fi, sv } as const
type Language = keyof typeof TEXTS

/** The language a request's texts are written in: nb, fi, sv or en, from a tag such as `nb-NO` or `sv-FI`; English otherwise. */
export function requestLanguage(language: string | null | undefined): Language {
  return ((language ? matchLanguage(Object.keys(TEXTS), language) : undefined) as Language | undefined) ?? "en"
}

/** The e-mails of data subject requests (GDPR Art. 12) in the person's language. */
export function requestTextsFor(language: string | null | undefined): RequestTexts {
  return TEXTS[requestLanguage(language)]
}

/** What an erasure kept, as the answer tells it in that language. */
export function keptItemText(texts: RequestTexts, item: KeptRecord): KeptItem {
  const language = (Object.keys(TEXTS) as Language[]).find((key) => TEXTS[key] === texts) ?? "en"
  return keptItemIn(language, item)
}
