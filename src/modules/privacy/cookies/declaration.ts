import { createHash } from "node:crypto"
import { COOKIE_CATEGORIES, FIRST_PARTY, type CookieCategory, type CookieKind } from "../lib/constants"
import { localize } from "../lib/localized"
import type { PrivacyPluginOptions } from "../lib/options"
import { lifetimeSeconds, type CookieLifetime, type DeclaredCookie } from "../lib/options/cookies"
import { noticeLanguages, resolveNoticeLanguage } from "../notice/build-notice"
import { textsFor } from "../notice/texts"
import type { Lifetime } from "../notice/texts/types"
import { BANNER_TEXTS, type BannerTexts } from "./banner-texts"

export type DeclaredItem = {
  name: string
  kind: CookieKind
  provider: { id: string; name: string; country: string } | null
  purpose: string
  lifetime_seconds: number | null
  lifetime: string
}

export type DeclaredCategory = { id: CookieCategory; required: boolean; title: string; description: string; items: DeclaredItem[] }

export type CookieDeclaration = {
  revision: string
  language: string
  consent_months: number
  categories: DeclaredCategory[]
  texts: Omit<BannerTexts, "categories">
}

/** The categories a visitor is asked about: necessary, and each other one the shop declares an item in. */
export function offeredCategories(options: PrivacyPluginOptions): CookieCategory[] {
  const used = new Set(options.cookies.map((cookie) => cookie.category))
  return COOKIE_CATEGORIES.filter((category) => category === "necessary" || used.has(category))
}

/**
 * The declaration's revision: a hash of every declared item with its texts in
 * every language, the banner's texts and how long a choice lasts. A visitor's
 * choice names the revision it was made on; a new one asks again.
 */
export function declarationRevision(options: PrivacyPluginOptions): string {
  const languages = noticeLanguages(options)
  const content = {
    consentMonths: options.cookieConsentMonths,
    categories: offeredCategories(options),
    cookies: options.cookies.map((cookie) => ({
      ...cookie,
      purpose: Object.fromEntries(languages.map((language) => [language, localize(cookie.purpose, language, options.defaultLanguage)])),
    })),
    texts: Object.fromEntries(languages.map((language) => [language, bannerTextsFor(language)])),
  }
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16)
}

/** The declaration in one language, as the banner shows it and the notice's table lists it. */
export function describeCookieDeclaration(options: PrivacyPluginOptions, requested?: string): CookieDeclaration {
  const language = resolveNoticeLanguage(options, requested)
  const { categories, ...texts } = bannerTextsFor(language)
  return {
    revision: declarationRevision(options),
    language,
    consent_months: options.cookieConsentMonths,
    categories: offeredCategories(options).map((id) => ({
      id,
      required: id === "necessary",
      ...categories[id],
      items: options.cookies.filter((cookie) => cookie.category === id).map((cookie) => describeItem(options, cookie, language)),
    })),
    texts,
  }
}

function describeItem(options: PrivacyPluginOptions, cookie: DeclaredCookie, language: string): DeclaredItem {
  const recipient = cookie.provider === FIRST_PARTY ? undefined : options.recipients.find((candidate) => candidate.id === cookie.provider)
  return {
    name: cookie.name,
    kind: cookie.kind,
    provider: recipient ? { id: recipient.id, name: recipient.name, country: recipient.country } : null,
    purpose: localize(cookie.purpose, language, options.defaultLanguage),
    lifetime_seconds: lifetimeSeconds(cookie.lifetime),
    lifetime: textsFor(language)!.cookies.lifetime(displayLifetime(cookie.lifetime)),
  }
}

function bannerTextsFor(language: string): BannerTexts {
  const base = language.split("-")[0] as keyof typeof BANNER_TEXTS
  return BANNER_TEXTS[base] ?? BANNER_TEXTS.en
}

/** Seconds read as the largest whole unit (a day, an hour, a minute). */
export function displayLifetime(value: CookieLifetime): Lifetime {
  if (value === "session" || !("seconds" in value)) {
    return value
  }
  const { seconds } = value
  if (seconds % 86400 === 0) {
    return { days: seconds / 86400 }
  }
  return seconds % 3600 === 0 ? { hours: seconds / 3600 } : { minutes: Math.ceil(seconds / 60) }
}
