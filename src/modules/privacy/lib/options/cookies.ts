import { z } from "@medusajs/framework/zod"
import { COOKIE_CATEGORIES, COOKIE_KINDS, FIRST_PARTY } from "../constants"
import { localizedText, requiredText, wholeNumber } from "./shared"

/**
 * The cookie declaration (policy clause 9; ekomloven, 917/2014 § 205): every
 * cookie or storage item the storefront sets or lets others set, by category.
 * It drives the notice's cookie table, the banner's texts and the categories
 * a visitor may grant, so what the shop says and what it asks are one thing.
 */

const lifetime = z.union(
  [
    z.literal("session"),
    z.object({ seconds: wholeNumber("a number of seconds", 1, 400 * 86400) }).strict(),
    z.object({ hours: wholeNumber("a number of hours", 1, 8760) }).strict(),
    z.object({ days: wholeNumber("a number of days", 1, 3650) }).strict(),
    z.object({ months: wholeNumber("a number of months", 1, 120) }).strict(),
  ],
  { error: "expected \"session\", { seconds: n }, { hours: n }, { days: n } or { months: n }" }
)
export type CookieLifetime = z.output<typeof lifetime>

export const cookieSchema = z
  .object(
    {
      /** The item's name, or a pattern with `*` for names that carry an id (`_ga_*`). */
      name: requiredText("the cookie's name or a pattern such as \"_ga_*\"")
        .max(200, { error: "expected at most 200 characters" })
        .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, { error: "expected a cookie name: letters, digits and !#$%&'*+-.^_`|~ (\"*\" as a wildcard)" }),
      kind: z.enum(COOKIE_KINDS, { error: `expected one of ${COOKIE_KINDS.join(", ")}` }).default("cookie"),
      category: z.enum(COOKIE_CATEGORIES, { error: `expected one of ${COOKIE_CATEGORIES.join(", ")}` }),
      purpose: localizedText,
      lifetime,
      /** A recipient id from `recipients`, or "first_party" for the shop's own. */
      provider: requiredText(`a recipient id or "${FIRST_PARTY}"`).default(FIRST_PARTY),
    },
    { error: "expected an object with name, kind, category, purpose, lifetime and provider" }
  )
  .strict()
export type DeclaredCookie = z.output<typeof cookieSchema>

/** Medusa's own session cookie (express-session, 10 hours unless `http.sessionOptions.ttl` says otherwise). */
export const DEFAULT_COOKIES: DeclaredCookie[] = [
  {
    name: "connect.sid",
    kind: "cookie",
    provider: FIRST_PARTY,
    category: "necessary",
    purpose: {
      en: "Keeps you signed in and your session secure.",
      nb: "Holder deg innlogget og økten din sikker.",
      fi: "Pitää sinut kirjautuneena ja istuntosi turvallisena.",
      sv: "Håller dig inloggad och din session säker.",
    },
    lifetime: { hours: 10 },
  },
]

/** The name of the banner's first-party cookie holding the visitor's choice. */
export const CONSENT_COOKIE = "privacy_consent"

/**
 * The banner's own record of the choice is always declared: it is necessary,
 * as it is what makes asking once possible, and it lives as long as the choice.
 */
export function withConsentCookie(cookies: DeclaredCookie[], consentMonths: number): DeclaredCookie[] {
  if (cookies.some((cookie) => cookie.kind === "cookie" && cookie.name === CONSENT_COOKIE)) {
    return cookies
  }
  return [
    ...cookies,
    {
      name: CONSENT_COOKIE,
      kind: "cookie",
      category: "necessary",
      provider: FIRST_PARTY,
      lifetime: { months: consentMonths },
      purpose: CONSENT_COOKIE_PURPOSE,
    },
  ]
}

const CONSENT_COOKIE_PURPOSE = {
  en: "Remembers your cookie choice, so that we ask again only when it expires or our cookies change.",
  nb: "Husker valget ditt om informasjonskapsler, slik at vi bare spør på nytt når det utløper eller informasjonskapslene våre endres.",
  fi: "Muistaa evästevalintasi, jotta kysymme uudelleen vain, kun se vanhenee tai evästeemme muuttuvat.",
  sv: "Kommer ihåg ditt val om kakor, så att vi frågar igen bara när det går ut eller våra kakor ändras.",
}

/** How long a visitor's choice lasts before the banner asks again (CNIL: 6 months is good practice). */
export const cookieConsentMonthsSchema = wholeNumber("a number of months", 1, 13).default(6)

/** Every provider is a recipient of the register, so the notice and the disclosure log name the same parties. */
export function checkCookieDeclaration(
  cookies: DeclaredCookie[],
  recipientIds: string[],
  report: (path: (string | number)[], message: string) => void
): void {
  const seen = new Set<string>()
  cookies.forEach((cookie, index) => {
    if (cookie.provider !== FIRST_PARTY && !recipientIds.includes(cookie.provider)) {
      const known = recipientIds.length ? `one of ${recipientIds.join(", ")} or ` : ""
      report(["cookies", index, "provider"], `expected ${known}"${FIRST_PARTY}": "${cookie.provider}" is not in "recipients"`)
    }
    const key = `${cookie.kind}:${cookie.name}`
    if (seen.has(key)) {
      report(["cookies", index, "name"], `"${cookie.name}" is declared twice as a ${cookie.kind}`)
    }
    seen.add(key)
  })
}

const AVERAGE_MONTH_SECONDS = 2_629_746

/** A lifetime in seconds, as browsers count a cookie's max-age; null for a session item. */
export function lifetimeSeconds(value: CookieLifetime): number | null {
  if (value === "session") {
    return null
  }
  if ("seconds" in value) {
    return value.seconds
  }
  if ("hours" in value) {
    return value.hours * 3600
  }
  return "days" in value ? value.days * 86400 : value.months * AVERAGE_MONTH_SECONDS
}
