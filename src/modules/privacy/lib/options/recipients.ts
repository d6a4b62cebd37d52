import { z } from "@medusajs/framework/zod"
import { DATA_CATEGORIES, RECIPIENT_CATEGORIES, REGISTER_ROLES } from "../../data-map/types"
import { adequacyDecisionFor, calendarDay } from "../adequacy"
import { isInEea } from "../eea"
import { countryCode, localizedText, requiredText } from "./shared"

/** GDPR Art. 45, 46(2)(b)-(c) and 47, 49. */
export const TRANSFER_BASES = ["adequacy", "standard_contractual_clauses", "binding_corporate_rules", "derogation"] as const
export type TransferBasis = (typeof TRANSFER_BASES)[number]

export const PROVIDER_KINDS = ["fulfillment", "payment", "notification", "file"] as const
export type ProviderKind = (typeof PROVIDER_KINDS)[number]

const isoDay = (what: string) =>
  z
    .string({ error: `expected ${what} as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `expected ${what} as YYYY-MM-DD` })
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), {
      error: `expected ${what} as a real calendar day (YYYY-MM-DD)`,
    })

const providerIds = z.array(requiredText("a provider id"), { error: "expected a list of provider ids" }).default([])

export const transferBasisSchema = z
  .object(
    {
      basis: z.enum(TRANSFER_BASES, { error: `expected one of ${TRANSFER_BASES.join(", ")} (GDPR Art. 45-49)` }),
      /** For the United States: the recipient is on the Data Privacy Framework list (dataprivacyframework.gov). */
      dpfCertified: z.boolean({ error: "expected true or false" }).optional(),
      /** For an Art. 49 derogation: which one, and why it applies, as the notice will tell it. */
      derogation: localizedText.optional(),
    },
    { error: "expected an object with basis, dpfCertified and derogation" }
  )
  .strict()

export const recipientSchema = z
  .object(
    {
      id: z
        .string({ error: "expected an id of lowercase letters, digits, \"-\" and \"_\"" })
        .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, { error: "expected an id of lowercase letters, digits, \"-\" and \"_\"" }),
      name: requiredText("the recipient's name"),
      role: z.enum(REGISTER_ROLES, {
        error: `expected one of ${REGISTER_ROLES.join(", ")} (processor Art. 28, independent controller Art. 4(7), public authority)`,
      }),
      category: z.enum(RECIPIENT_CATEGORIES, { error: `expected one of ${RECIPIENT_CATEGORIES.join(", ")}` }),
      country: countryCode,
      /** An international organisation as the recipient (`EPO`), instead of the country's law. */
      internationalOrganisation: z.enum(["EPO"], { error: 'expected "EPO" (the European Patent Organisation)' }).optional(),
      dataCategories: z
        .array(z.enum(DATA_CATEGORIES, { error: `expected one of ${DATA_CATEGORIES.join(", ")}` }), {
          error: "expected a list of data categories",
        })
        .min(1, { error: "expected at least one data category" }),
      purpose: localizedText,
      agreementDate: isoDay("the date of the agreement").optional(),
      privacyNoticeUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) address of the recipient's privacy notice" }).optional(),
      providers: z
        .object(
          { fulfillment: providerIds, payment: providerIds, notification: providerIds, file: providerIds },
          { error: "expected an object with fulfillment, payment, notification and file provider ids" }
        )
        .strict()
        .default({ fulfillment: [], payment: [], notification: [], file: [] }),
      transfer: transferBasisSchema.optional(),
    },
    { error: "expected a recipient: { id, name, role, category, country, dataCategories, purpose, ... }" }
  )
  .strict()

export type Recipient = z.output<typeof recipientSchema>

type Report = (path: (string | number)[], message: string) => void

/**
 * What the register must add up to on the day Medusa starts: unique ids, one
 * recipient per provider, agreements in the past, and no recipient outside
 * the EU/EEA unless the shop allows transfers and names a basis that holds
 * today (GDPR Art. 44-49). A lapsed adequacy decision stops start-up.
 */
export function checkRecipients(recipients: Recipient[], transfersOutsideEea: boolean, today: Date, report: Report) {
  const day = calendarDay(today)
  const ids = new Set<string>()
  const providers = new Map<string, string>()
  recipients.forEach((recipient, index) => {
    const path = ["recipients", index]
    if (ids.has(recipient.id)) report([...path, "id"], `the id "${recipient.id}" is used by another recipient`)
    ids.add(recipient.id)
    if (recipient.agreementDate && recipient.agreementDate > day) {
      report([...path, "agreementDate"], `the agreement with "${recipient.id}" is dated in the future (${recipient.agreementDate})`)
    }
    for (const kind of Object.keys(recipient.providers) as (keyof Recipient["providers"])[]) {
      for (const provider of recipient.providers[kind]) {
        const key = `${kind}:${provider}`
        const other = providers.get(key)
        if (other) report([...path, "providers", kind], `the ${kind} provider "${provider}" already stands behind "${other}"`)
        providers.set(key, recipient.id)
      }
    }
    const problem = transferProblem(recipient, transfersOutsideEea, day)
    if (problem) report(problem.field ? [...path, problem.field] : path, problem.message)
  })
}

/** Why data may not go to this recipient, or null. `day` is YYYY-MM-DD. */
export function transferProblem(
  recipient: Recipient,
  transfersOutsideEea: boolean,
  day: string
): { field?: string; message: string } | null {
  const place = recipient.internationalOrganisation ?? recipient.country
  const outside = recipient.internationalOrganisation !== undefined || !isInEea(recipient.country)
  const who = `"${recipient.id}" (${recipient.name}, ${place})`
  if (!outside) {
    return recipient.transfer ? { field: "transfer", message: `${who} is in the EU/EEA: there is no transfer to declare` } : null
  }
  if (!transfersOutsideEea) {
    return {
      field: "country",
      message:
        `${who} is outside the EU/EEA and transfersOutsideEea is false: remove the recipient, choose one in the EU/EEA, ` +
        `or set transfersOutsideEea: true and give the recipient a transfer basis (adequacy, standard_contractual_clauses, binding_corporate_rules or derogation, GDPR Art. 45-49)`,
    }
  }
  const transfer = recipient.transfer
  if (!transfer) {
    return { field: "transfer", message: `${who} is outside the EU/EEA: give its transfer basis (GDPR Art. 45-49)` }
  }
  if (transfer.basis === "derogation" && !transfer.derogation) {
    return { field: "transfer", message: `${who}: an Art. 49 derogation needs its text under "derogation"` }
  }
  if (transfer.basis !== "adequacy") return null
  const decision = adequacyDecisionFor(place)
  if (!decision) {
    return { field: "transfer", message: `${who}: there is no adequacy decision for ${place}; use standard_contractual_clauses, binding_corporate_rules or a derogation` }
  }
  if (decision.validUntil && decision.validUntil < day) {
    return { field: "transfer", message: `${who}: the adequacy decision for ${decision.name} lapsed after ${decision.validUntil}` }
  }
  if (decision.scope === "dpf_certified" && transfer.dpfCertified !== true) {
    return {
      field: "transfer",
      message: `${who}: the adequacy decision for the United States covers only organisations certified under the EU-US Data Privacy Framework: set dpfCertified: true once the recipient is on the list, or use another basis`,
    }
  }
  return null
}

/** The recipient behind a Medusa provider of the given kind, if the register names one. */
export function recipientForProvider(recipients: readonly Recipient[], kind: ProviderKind, providerId: string) {
  return recipients.find((recipient) => recipient.providers[kind].includes(providerId))
}
