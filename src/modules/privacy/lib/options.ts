import { z } from "@medusajs/framework/zod"

/**
 * The plugin's options, validated once when Medusa starts (see
 * `loaders/validate-options.ts`). Unknown keys are refused so that a typo in
 * `medusa-config.ts` stops start-up instead of silently using a default.
 */

const requiredText = (what: string) =>
  z.string({ error: `expected ${what} (text)` }).trim().min(1, { error: `expected ${what}, got an empty text` })

const optionalText = (what: string) =>
  z.string({ error: `expected ${what} (text)` }).trim().min(1, { error: `expected ${what}, got an empty text` }).optional()

const email = z.email({ error: "expected an e-mail address" })

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

const controllerSchema = z
  .object(
    {
      name: requiredText("the controller's name"),
      address: requiredText("the controller's postal address"),
      businessId: optionalText("the controller's business ID"),
      phone: optionalText("the controller's phone number"),
      email,
    },
    { error: "expected an object with name, address, businessId, phone and email" }
  )
  .strict()

const contactPersonSchema = z
  .object(
    {
      name: requiredText("the contact person's name"),
      address: optionalText("the contact person's postal address"),
      phone: optionalText("the contact person's phone number"),
      email,
    },
    { error: "expected an object with name, address, phone and email" }
  )
  .strict()

const customerNumberSchema = z
  .object(
    {
      prefix: z
        .string({ error: "expected a text prefix such as \"C-\"" })
        .max(16, { error: "expected at most 16 characters" })
        .regex(/^[A-Za-z0-9_-]*$/, { error: "expected only letters, digits, \"-\" and \"_\"" })
        .default("C-"),
      padding: z
        .number({ error: "expected a whole number of digits" })
        .int({ error: "expected a whole number of digits" })
        .min(1, { error: "expected at least 1 digit" })
        .max(12, { error: "expected at most 12 digits" })
        .default(6),
    },
    { error: "expected an object with prefix and padding" }
  )
  .strict()

export const privacyOptionsSchema = z
  .object(
    {
      controller: controllerSchema,
      contactPerson: contactPersonSchema.optional(),
      registerName: optionalText("the register's name"),
      languages: z
        .array(languageTag, { error: "expected a list of BCP 47 language tags" })
        .min(1, { error: "expected at least one language" })
        .default(["en"]),
      defaultLanguage: languageTag.optional(),
      customerNumber: customerNumberSchema.default({ prefix: "C-", padding: 6 }),
    },
    { error: "expected an options object" }
  )
  .strict()
  .transform((options, ctx) => {
    const languages = [...new Set(options.languages)]
    const defaultLanguage = options.defaultLanguage ?? languages[0]
    if (!languages.includes(defaultLanguage)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultLanguage"],
        message: `expected one of the configured languages (${languages.join(", ")}), got "${defaultLanguage}"`,
      })
      return z.NEVER
    }
    return {
      ...options,
      languages,
      defaultLanguage,
      registerName: options.registerName ?? `${options.controller.name} customer register`,
    }
  })

export type PrivacyPluginOptionsInput = z.input<typeof privacyOptionsSchema>
export type PrivacyPluginOptions = z.output<typeof privacyOptionsSchema>

export class PrivacyOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `medusa-plugin-privacy: invalid plugin options in medusa-config:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n")
    )
    this.name = "PrivacyOptionsError"
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.join(".") : "(options)"
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length ? ` in "${path}"` : ""
    return `unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys
      .map((key) => `"${key}"`)
      .join(", ")}${where}`
  }
  // Values are never echoed: later options hold secrets.
  return `"${path}": ${issue.message}`
}

/**
 * Parses raw plugin options and throws a `PrivacyOptionsError` that names
 * every wrong option and what was expected.
 */
export function parsePrivacyOptions(raw: unknown): PrivacyPluginOptions {
  const result = privacyOptionsSchema.safeParse(withoutMedusaKeys(raw))
  if (!result.success) {
    throw new PrivacyOptionsError(result.error.issues.map(describeIssue))
  }
  return result.data
}

/** Medusa adds its own keys to every module's options before the module sees them. */
const MEDUSA_INJECTED_KEYS = ["database"]

function withoutMedusaKeys(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return raw ?? {}
  }
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !MEDUSA_INJECTED_KEYS.includes(key)))
}
