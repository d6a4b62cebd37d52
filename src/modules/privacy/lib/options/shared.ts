import { z } from "@medusajs/framework/zod"

export const requiredText = (what: string) =>
  z.string({ error: `expected ${what} (text)` }).trim().min(1, { error: `expected ${what}, got an empty text` })

export const optionalText = (what: string) => requiredText(what).optional()

export const email = z.email({ error: "expected an e-mail address" })

export const countryCode = z
  .string({ error: "expected an ISO 3166-1 alpha-2 country code such as \"FI\"" })
  .regex(/^[A-Za-z]{2}$/, { error: "expected an ISO 3166-1 alpha-2 country code such as \"FI\"" })
  .transform((code) => code.toUpperCase())

export const languageTag = z
  .string({ error: "expected a BCP 47 language tag such as \"nb\" or \"en-GB\"" })
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag)
      if (canonical) {
        return canonical
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({
      code: "custom",
      message: `expected a BCP 47 language tag such as "nb" or "en-GB", got "${tag}"`,
    })
    return z.NEVER
  })

/** A text for every language, or one per language tag (`{ en: "...", nb: "..." }`). */
export const localizedText = z.union(
  [
    requiredText("a text"),
    z.record(z.string(), requiredText("a text")).refine((texts) => Object.keys(texts).length > 0, {
      error: "expected at least one language",
    }),
  ],
  { error: "expected a text, or an object of texts by language tag such as { en: \"...\", nb: \"...\" }" }
)

export const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `expected ${what} (a whole number)` })
    .int({ error: `expected ${what} (a whole number)` })
    .min(min, { error: `expected at least ${min}` })
    .max(max, { error: `expected at most ${max}` })
