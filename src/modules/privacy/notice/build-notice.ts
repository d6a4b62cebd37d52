import { createHash } from "node:crypto"
import type { PrivacyPluginOptions } from "../lib/options"
import { matchLanguage } from "../lib/language-match"
import { countryName, localize } from "../lib/localized"
import { SUPERVISORY_AUTHORITIES } from "../lib/supervisory-authorities"
import { describeRetention } from "./describe-retention"
import { dataItemLabels, purposeLine, recipientLabel, sourcesIn, uniqueInOrder } from "./map-labels"
import { textsFor } from "./texts"
import type { NoticeTexts, SectionId } from "./texts/types"

export type NoticeField = { label: string; value: string }

export type NoticeSection = {
  id: SectionId
  heading: string
  paragraphs: string[]
  items?: string[]
  fields?: NoticeField[]
  /** Paragraphs that follow the list. */
  notes?: string[]
}

export type PrivacyNotice = {
  language: string
  /** Content hash of this language's text: consent records point at the version shown. */
  version: string
  title: string
  sections: NoticeSection[]
}

/** The configured languages the plugin has notice texts for, in the configured order. */
export function noticeLanguages(options: PrivacyPluginOptions): string[] {
  const languages = options.languages.filter((language) => textsFor(language))
  return languages.length ? languages : ["en"]
}

/**
 * The language a notice is given in: the requested one if the shop serves it
 * (also by base language, either way: `nb-NO` ↔ `nb`), else the shop's
 * default, else the first language there are texts for.
 */
export function resolveNoticeLanguage(options: PrivacyPluginOptions, requested?: string): string {
  const available = noticeLanguages(options)
  const matched = requested ? matchLanguage(available, requested) : undefined
  if (matched) {
    return matched
  }
  return available.includes(options.defaultLanguage) ? options.defaultLanguage : available[0]
}

/**
 * The privacy notice (GDPR Art. 13) in one language, built from the options
 * and the data map: the facts it states are the ones that drive the plugin.
 */
export function buildNotice(options: PrivacyPluginOptions, language: string): PrivacyNotice {
  const texts = textsFor(language)!
  const sections = sectionsOf(options, language, texts)
  const version = createHash("sha256")
    .update(JSON.stringify({ language, title: texts.title, sections }))
    .digest("hex")
    .slice(0, 16)
  return { language, version, title: texts.title, sections }
}

function sectionsOf(options: PrivacyPluginOptions, language: string, t: NoticeTexts): NoticeSection[] {
  const { controller, contactPerson, dpo, dataMap } = options
  const section = (id: SectionId, content: Omit<NoticeSection, "id" | "heading">): NoticeSection => ({
    id,
    heading: t.headings[id],
    ...content,
  })
  const field = (label: string, value: string | undefined): NoticeField[] => (value ? [{ label, value }] : [])

  const usedPurposes = uniqueInOrder(Object.keys(dataMap.purposes), dataMap.entries.flatMap((entry) => entry.purposes))
  const usedRecipients = uniqueInOrder(Object.keys(dataMap.recipients), dataMap.entries.flatMap((entry) => entry.recipients))
  const authority = options.supervisoryAuthority ?? SUPERVISORY_AUTHORITIES[controller.country]
  const nonNecessaryCookies = options.cookies.some((cookie) => cookie.category !== "necessary")

  return [
    section("controller", {
      paragraphs: [t.intro(controller.name)],
      fields: [
        ...field(t.labels.name, controller.name),
        ...field(t.labels.address, controller.address),
        ...field(t.labels.businessId, controller.businessId),
        ...field(t.labels.phone, controller.phone),
        ...field(t.labels.email, controller.email),
      ],
    }),
    contactPerson
      ? section("contact_person", {
          paragraphs: [t.contactPerson.intro],
          fields: [
            ...field(t.labels.name, contactPerson.name),
            ...field(t.labels.address, contactPerson.address),
            ...field(t.labels.phone, contactPerson.phone),
            ...field(t.labels.email, contactPerson.email),
          ],
        })
      : section("contact_person", { paragraphs: [t.contactPerson.fallback] }),
    dpo
      ? section("dpo", {
          paragraphs: [t.dpo.intro],
          fields: [...field(t.labels.name, dpo.name), ...field(t.labels.email, dpo.email), ...field(t.labels.phone, dpo.phone)],
        })
      : section("dpo", { paragraphs: [t.dpo.none] }),
    section("register_name", { paragraphs: [t.registerName.intro], items: [options.registerName] }),
    section("purposes", {
      paragraphs: [t.purposes.intro],
      items: usedPurposes.map((purpose) => purposeLine(purpose, dataMap.purposes[purpose], language, t)),
      notes: usedPurposes.includes("direct_marketing") ? [t.purposes.marketingObjection] : [],
    }),
    section("data_content", { paragraphs: [t.dataContent.intro], items: dataItemLabels(dataMap.entries, language, t) }),
    section("sources", {
      paragraphs: [t.sources.intro],
      items: sourcesIn(dataMap.entries).map((source) => t.sources.labels[source]),
    }),
    section("disclosures", {
      paragraphs: [t.disclosures.intro],
      items: usedRecipients.map((recipient) => {
        const { countries } = dataMap.recipients[recipient]
        const label = recipientLabel(recipient, dataMap.recipients[recipient], language, t)
        return countries.length
          ? `${label} ${t.disclosures.countries(countries.map((code) => countryName(code, language)).join(", "))}`
          : label
      }),
    }),
    options.transfers.length
      ? section("transfers", {
          paragraphs: [t.transfers.intro],
          items: options.transfers.map((transfer) =>
            t.transfers.item(
              recipientLabel(transfer.recipient, dataMap.recipients[transfer.recipient], language, t),
              countryName(transfer.country, language),
              t.transfers.safeguards[transfer.safeguard]
            )
          ),
        })
      : section("transfers", { paragraphs: [t.transfers.none] }),
    section("storage", { paragraphs: [...describeRetention(options, language, t), t.retention.erasedSecurely] }),
    options.cookies.length
      ? section("cookies", {
          paragraphs: [t.cookies.intro],
          notes: nonNecessaryCookies ? [t.cookies.consent] : [],
          items: options.cookies.map((cookie) =>
            t.cookies.item({
              name: cookie.name,
              category: t.cookies.categories[cookie.category],
              purpose: localize(cookie.purpose, language),
              lifetime: t.cookies.lifetime(cookie.lifetime),
              provider: cookie.provider,
            })
          ),
        })
      : section("cookies", { paragraphs: [t.cookies.none] }),
    section("security", {
      paragraphs: [t.security.intro],
      items: options.securityMeasures.map((measure) =>
        typeof measure === "string" ? t.security.measures[measure] : localize(measure, language)
      ),
    }),
    section("access", { paragraphs: t.rights.access }),
    section("rectification", { paragraphs: t.rights.rectification }),
    section("marketing_objection", { paragraphs: t.rights.marketingObjection }),
    section("erasure", { paragraphs: t.rights.erasure }),
    section("restriction", { paragraphs: t.rights.restriction }),
    section("objection", { paragraphs: t.rights.objection }),
    section("portability", { paragraphs: t.rights.portability }),
    section("consent_withdrawal", { paragraphs: t.rights.consentWithdrawal }),
    section("complaint", {
      paragraphs: authority
        ? t.rights.complaint(
            [localize(authority.name, language), authority.url, authority.address && localize(authority.address, language)]
              .filter(Boolean)
              .join(", ")
          )
        : t.rights.complaintNoAuthority,
    }),
    section("automated_decisions", { paragraphs: t.rights.automatedDecisions }),
    section("provision_requirement", { paragraphs: t.rights.provisionRequirement }),
  ]
}
