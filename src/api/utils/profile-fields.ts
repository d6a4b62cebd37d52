import { z } from "@medusajs/framework/zod"
import { CUSTOMER_SOURCES, GENDERS } from "../../modules/privacy/lib/constants"
import { isHttpUrl } from "../../modules/privacy/lib/http-url"

/**
 * Field schemas shared by the store and admin profile routes. Medusa prints a
 * custom issue's message as it is, so each message names its field.
 */

export const homepageUrl = z
  .string({ error: "'homepage_url' must be a text (an http:// or https:// address) or null" })
  .trim()
  .max(2048, { error: "'homepage_url' must be at most 2048 characters" })
  .refine(isHttpUrl, { error: "'homepage_url' must be an http:// or https:// address" })

export const gender = z.enum(GENDERS)

export const language = z
  .string({ error: "'language' must be a language tag such as 'nb' or 'en'" })
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag)
      if (canonical) {
        return canonical
      }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: `'language' must be a language tag such as 'nb' or 'en', got '${tag}'` })
    return z.NEVER
  })

export const customerSource = z.enum(CUSTOMER_SOURCES)

