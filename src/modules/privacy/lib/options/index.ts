import { z } from "@medusajs/framework/zod"
import { buildEffectiveDataMap } from "../../data-map/effective-map"
import type { LocalizedText } from "../../data-map/types"
import { BOOKKEEPING_JURISDICTIONS, type BookkeepingJurisdiction } from "../constants"
import { dataMapOptionsSchema, purposeSchema } from "./data-map"
import { checkRecipients, recipientSchema } from "./recipients"
import { checkCookieDeclaration, cookieConsentMonthsSchema, cookieSchema, DEFAULT_COOKIES, withConsentCookie } from "./cookies"
import {
  DEFAULT_SECURITY_MEASURES,
  dpoSchema,
  securityMeasureSchema,
  supervisoryAuthoritySchema,
} from "./notice"
import { consentOptionsSchema } from "./consent"
import { exportOptionsSchema } from "./exports"
import { accessOptionsSchema } from "./access"
import { requestOptionsSchema, resolveRequestSettings } from "./requests"
import { retentionSchema } from "./retention"
import { contactPersonSchema, controllerSchema } from "./controller"
import { countryCode, languageTag, localizedText, wholeNumber } from "./shared"
import { resolveAuthorities } from "./authorities"
import { linkSecretSchema, linkSecretsSchema, resolveLinks } from "./links"

export { languageTag } from "./shared"

/**
 * The plugin's options, validated once when Medusa starts (see
 * `loaders/validate-options.ts`). Unknown keys are refused so that a typo in
 * `medusa-config.ts` stops start-up instead of silently using a default.
 */

const customerNumberSchema = z
  .object(
    {
      prefix: z
        .string({ error: "expected a text prefix such as \"C-\"" })
        .max(16, { error: "expected at most 16 characters" })
        .regex(/^[A-Za-z0-9_-]*$/, { error: "expected only letters, digits, \"-\" and \"_\"" })
        .default("C-"),
      padding: wholeNumber("a number of digits", 1, 12).default(6),
    },
    { error: "expected an object with prefix and padding" }
  )
  .strict()

export const privacyOptionsSchema = z
  .object(
    {
      controller: controllerSchema,
      contactPerson: contactPersonSchema.optional(),
      dpo: dpoSchema.optional(),
      /** The countries the shop sells to: the notice names each one's supervisory authority (Art. 77). */
      salesCountries: z
        .array(countryCode, { error: "expected a list of ISO 3166-1 alpha-2 country codes" })
        .min(1, { error: "expected at least one country" })
        .optional(),
      supervisoryAuthorities: z
        .record(z.string(), supervisoryAuthoritySchema, { error: "expected supervisory authorities by country code" })
        .default({}),
      /** The register's name (policy clause 2): one text, or one per language. */
      registerName: localizedText.optional(),
      languages: z
        .array(languageTag, { error: "expected a list of BCP 47 language tags" })
        .min(1, { error: "expected at least one language" })
        .default(["en"]),
      defaultLanguage: languageTag.optional(),
      customerNumber: customerNumberSchema.default({ prefix: "C-", padding: 6 }),
      purposes: z.record(z.string(), purposeSchema, { error: "expected purposes by name" }).default({}),
      /** The register: every recipient by name (GDPR Art. 15(1)(c), CJEU C-154/21), with the Medusa providers it stands behind. */
      recipients: z
        .array(recipientSchema, {
          error: "expected a list of recipients by name: [{ id, name, role, category, country, dataCategories, purpose, providers }]",
        })
        .default([]),
      /** Whether any recipient may be outside the EU/EEA (GDPR Chapter V); each then needs a transfer basis. */
      transfersOutsideEea: z.boolean({ error: "expected true or false" }).default(false),
      cookies: z.array(cookieSchema, { error: "expected a list of cookies and storage items" }).default(DEFAULT_COOKIES),
      cookieConsentMonths: cookieConsentMonthsSchema,
      securityMeasures: z
        .array(securityMeasureSchema, { error: "expected a list of security measures" })
        .min(1, { error: "expected at least one security measure" })
        .default([...DEFAULT_SECURITY_MEASURES]),
      retention: retentionSchema,
      linkSecret: linkSecretSchema,
      linkSecrets: linkSecretsSchema,
      /** The public address of this Medusa server, for links in e-mails (e.g. https://shop.example.com). */
      publicUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) address such as https://shop.example.com" }).optional(),
      consent: consentOptionsSchema,
      exports: exportOptionsSchema,
      dataMap: dataMapOptionsSchema,
      access: accessOptionsSchema,
      requests: requestOptionsSchema,
    },
    { error: "expected an options object" }
  )
  .strict()
  .transform((options, ctx) => {
    const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message })

    const languages = [...new Set(options.languages)]
    const defaultLanguage = options.defaultLanguage ?? languages[0]
    if (!languages.includes(defaultLanguage)) {
      report(["defaultLanguage"], `expected one of the configured languages (${languages.join(", ")}), got "${defaultLanguage}"`)
    }

    const { bookkeeping } = options.retention
    const jurisdiction =
      bookkeeping.jurisdiction ??
      ((BOOKKEEPING_JURISDICTIONS as readonly string[]).includes(options.controller.country)
        ? (options.controller.country as BookkeepingJurisdiction)
        : undefined)
    if (!jurisdiction && !bookkeeping.years) {
      report(
        ["retention", "bookkeeping"],
        `expected a jurisdiction (${BOOKKEEPING_JURISDICTIONS.join(", ")}) or a number of years: the plugin knows no bookkeeping period for ${options.controller.country}`
      )
    }

    const consent = resolveConsentOptions(options.consent, report)
    const links = resolveLinks(options, report)
    const dataMap = buildEffectiveDataMap(
      { ...options, softOptIn: options.consent.softOptIn, periodMonths: retentionPeriodMonths(options.retention, options.cookieConsentMonths) },
      report
    )
    const supervisoryAuthorities = resolveAuthorities(options, report)
    checkCookieDeclaration(options.cookies, options.recipients.map((recipient) => recipient.id), report)
    const requests = resolveRequestSettings(options.requests, options.controller.country)
    if (ctx.issues.length) {
      return z.NEVER
    }
    return {
      ...options,
      languages,
      defaultLanguage,
      salesCountries: [...new Set(options.salesCountries ?? [options.controller.country])],
      supervisoryAuthorities,
      retention: { ...options.retention, bookkeeping: { ...bookkeeping, jurisdiction } },
      consent,
      links,
      dataMap,
      requests,
      cookies: withConsentCookie(options.cookies, options.cookieConsentMonths),
      access: { ...options.access, officers: [...new Set(options.access.officers.map((email) => email.toLowerCase()))] },
    }
  })

/**
 * The tables whose period a retention option sets: the access log, the request records kept after closing,
 * and the cookie choices, kept as proof for the proof years after each choice expires.
 */
function retentionPeriodMonths(
  retention: { accessLogMonths: number; requestRecordYears: number; consentProofYears: number },
  cookieConsentMonths: number
): Record<string, number> {
  const requests = retention.requestRecordYears * 12
  return {
    privacy_access_log: retention.accessLogMonths,
    privacy_request: requests,
    privacy_request_event: requests,
    privacy_restriction: requests,
    privacy_recipient_task: requests,
    privacy_cookie_consent: cookieConsentMonths + retention.consentProofYears * 12,
  }
}

function resolveConsentOptions(
  consent: z.output<typeof consentOptionsSchema>,
  report: (path: (string | number)[], message: string) => void
) {
  const purposes = consent.purposes.map((purpose) => (typeof purpose === "string" ? { key: purpose } : purpose))
  purposes.forEach((purpose, index) => {
    if (purpose.key !== "marketing" && !("label" in purpose)) {
      report(["consent", "purposes", index], `expected { key: "${purpose.key}", label } for a purpose other than "marketing"`)
    }
  })
  const keys = purposes.map((purpose) => purpose.key)
  if (new Set(keys).size !== keys.length) {
    report(["consent", "purposes"], "expected each purpose once")
  }
  return { ...consent, purposes: purposes as { key: string; label?: LocalizedText }[] }
}

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

/** Options of earlier versions, and what took their place. */
const REPLACED_OPTIONS: Record<string, string> = {
  supervisoryAuthority:
    '"supervisoryAuthority" is replaced by "salesCountries" (the countries you sell to, whose supervisory authorities the notice names) and "supervisoryAuthorities" ({ [country]: { name, address, email, url } }, for a country the plugin has no authority for)',
  transfers:
    '"transfers" is replaced by the recipient register: give each recipient outside the EU/EEA its basis under "recipients[].transfer" ({ basis, dpfCertified?, derogation? }) and set "transfersOutsideEea": true',
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const path = issue.path.length ? issue.path.join(".") : "(options)"
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length ? ` in "${path}"` : ""
    const replaced = issue.path.length ? [] : issue.keys.filter((key) => REPLACED_OPTIONS[key])
    const unknown = issue.keys.filter((key) => !replaced.includes(key))
    return [
      ...replaced.map((key) => REPLACED_OPTIONS[key]),
      ...(unknown.length ? [`unknown option${unknown.length > 1 ? "s" : ""} ${unknown.map((key) => `"${key}"`).join(", ")}${where}`] : []),
    ]
  }
  // Values are never echoed: later options hold secrets.
  return [`"${path}": ${issue.message}`]
}

/**
 * Parses raw plugin options and throws a `PrivacyOptionsError` that names
 * every wrong option and what was expected.
 */
export function parsePrivacyOptions(raw: unknown, today: Date = new Date()): PrivacyPluginOptions {
  const result = privacyOptionsSchema.safeParse(withoutMedusaKeys(raw))
  if (!result.success) {
    throw new PrivacyOptionsError(result.error.issues.flatMap(describeIssue))
  }
  // Dated checks (agreements, adequacy decisions that lapse) read the day of start-up.
  const problems: string[] = []
  checkRecipients(result.data.recipients, result.data.transfersOutsideEea, today, (path, message) =>
    problems.push(`"${path.join(".")}": ${message}`)
  )
  if (problems.length) {
    throw new PrivacyOptionsError(problems)
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
