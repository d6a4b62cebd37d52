import { z } from "@medusajs/framework/zod"
import { SECURITY_MEASURES } from "../constants"
import { email, localizedText, optionalText, requiredText } from "./shared"

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

export const securityMeasureSchema = z.union(
  [z.enum(SECURITY_MEASURES), z.record(z.string(), requiredText("a text"))],
  { error: `expected one of ${SECURITY_MEASURES.join(", ")}, or texts by language such as { en: "...", nb: "..." }` }
)

/**
 * What Medusa itself guarantees: every staff member signs in with a personal
 * account, and passwords are kept only as scrypt hashes. Organisational
 * measures (confidentiality, need to know, firewalls, TLS) are the merchant's
 * to declare.
 */
export const DEFAULT_SECURITY_MEASURES = ["personal_accounts", "password_hashing"] as const
