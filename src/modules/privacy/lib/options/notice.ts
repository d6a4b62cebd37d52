import { z } from "@medusajs/framework/zod"
import { COOKIE_CATEGORIES, SECURITY_MEASURES } from "../constants"
import { email, localizedText, optionalText, requiredText, wholeNumber } from "./shared"

export const dpoSchema = z
  .object(
    {
      name: optionalText("the data protection officer's name"),
      email,
      phone: optionalText("the data protection officer's phone number"),
    },
    { error: "expected an object with name, email and phone" }
  )
  .strict()

/** A supervisory authority the notice names for a country (GDPR Art. 13(2)(d), 77). */
export const supervisoryAuthoritySchema = z
  .object(
    {
      name: localizedText,
      address: localizedText.optional(),
      email: email.optional(),
      url: z.url({ protocol: /^https?$/, error: "expected an http(s) address" }).optional(),
    },
    { error: "expected an object with name, address, email and url" }
  )
  .strict()

const lifetime = z.union(
  [
    z.literal("session"),
    z.object({ hours: wholeNumber("a number of hours", 1, 8760) }).strict(),
    z.object({ days: wholeNumber("a number of days", 1, 3650) }).strict(),
    z.object({ months: wholeNumber("a number of months", 1, 120) }).strict(),
  ],
  { error: "expected \"session\", { hours: n }, { days: n } or { months: n }" }
)

export const cookieSchema = z
  .object(
    {
      name: requiredText("the cookie's name"),
      category: z.enum(COOKIE_CATEGORIES, { error: `expected one of ${COOKIE_CATEGORIES.join(", ")}` }),
      purpose: localizedText,
      lifetime,
      provider: optionalText("the party that sets the cookie"),
    },
    { error: "expected an object with name, category, purpose, lifetime and provider" }
  )
  .strict()

export const securityMeasureSchema = z.union(
  [z.enum(SECURITY_MEASURES), z.record(z.string(), requiredText("a text"))],
  { error: `expected one of ${SECURITY_MEASURES.join(", ")}, or texts by language such as { en: "...", nb: "..." }` }
)

/** Medusa's own session cookie (express-session, 10 hours unless `http.sessionOptions.ttl` says otherwise). */
export const DEFAULT_COOKIES: z.input<typeof cookieSchema>[] = [
  {
    name: "connect.sid",
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

/**
 * What Medusa itself guarantees: every staff member signs in with a personal
 * account, and passwords are kept only as scrypt hashes. Organisational
 * measures (confidentiality, need to know, firewalls, TLS) are the merchant's
 * to declare.
 */
export const DEFAULT_SECURITY_MEASURES = ["personal_accounts", "password_hashing"] as const
