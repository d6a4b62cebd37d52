import { createHash } from "node:crypto"
import type { PrivacyPluginOptions } from "../lib/options"
import { matchLanguage } from "../lib/language-match"
import { countryName, localize } from "../lib/localized"
import { cookiesSection } from "./describe-cookies"
import { retentionByRecord } from "./describe-retention"
import { recipientLine, recipientsWithRole, transferLines, uncoveredCategories } from "./describe-recipients"
import { dataItemLabels, purposeLine, softOptInLaws, sourcesIn, uniqueInOrder } from "./map-labels"
import { SECTION_SOURCES } from "./section-sources"
import { textsFor } from "./texts"
import type { BusinessIdCountry, NoticeTexts, SectionId } from "./texts/types"

export type NoticeField = { label: string; value: string }

/** A list with the sentence that introduces it. */
export type NoticeList = { intro: string; items: string[] }

/** A titled part of a section: one record's storage periods, one kind of recipient. */
export type NoticeGroup = { heading: string; lists: NoticeList[] }

export type NoticeSection = {
  id: SectionId
  heading: string
  /** The legal provisions and policy clauses the section answers (see section-sources.ts). */
  references: readonly string[]
  paragraphs: string[]
  fields?: NoticeField[]
  items?: string[]
  groups?: NoticeGroup[]
  /** A table with a heading per column: the cookie declaration. */
  table?: { headings: string[]; rows: string[][] }
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

/** The register's name in a language: the options' text for it, else their default language's, else a name made from the controller's. */
export function registerNameIn(options: PrivacyPluginOptions, language: string): string {
  return options.registerName
    ? localize(options.registerName, language, options.defaultLanguage)
    : textsFor(language)!.registerName.fallback(options.controller.name)
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
  const section = (id: SectionId, content: Omit<NoticeSection, "id" | "heading" | "references">): NoticeSection => ({
    id,
    heading: t.headings[id],
    references: SECTION_SOURCES[id],
    ...content,
  })
  const field = (label: string, value: string | undefined): NoticeField[] => (value ? [{ label, value }] : [])
  const person = (who: { name?: string; address?: string; phone?: string; email: string }) => [
    ...field(t.labels.name, who.name),
    ...field(t.labels.address, who.address),
    ...field(t.labels.phone, who.phone),
    ...field(t.labels.email, who.email),
  ]

  const usedPurposes = uniqueInOrder(Object.keys(dataMap.purposes), dataMap.entries.flatMap((entry) => entry.purposes))
  const laws = softOptInLaws(options, t)
  const marketing = usedPurposes.some((purpose) => purpose === "direct_marketing" || purpose === "existing_customer_marketing")
  const businessIdLabel = t.labels.businessId[(controller.country in t.labels.businessId ? controller.country : "other") as BusinessIdCountry]

  // Recipients by name (Art. 13(1)(e), CJEU C-154/21), by role; then the categories the map names that no one registered covers.
  const roleGroup = (role: "processor" | "controller" | "authority", texts: { heading: string; intro: string }): NoticeGroup[] => {
    const items = recipientsWithRole(options.recipients, role).map((recipient) => recipientLine(recipient, options, language, t))
    return items.length ? [{ heading: texts.heading, lists: [{ intro: texts.intro, items }] }] : []
  }
  const unnamed = uncoveredCategories(dataMap.entries, options.recipients).map((category) => t.disclosures.categoryLabels[category])
  const transfers = transferLines(options.recipients, options, language, t)

  const storage = retentionByRecord(options, language, t)
  const { inactivityMonths, warningDays } = options.retention

  return [
    section("controller", {
      paragraphs: [t.intro(controller.name)],
      fields: [
        ...field(t.labels.name, controller.name),
        ...field(t.labels.address, controller.address),
        ...field(businessIdLabel, controller.businessId),
        ...field(t.labels.vatId, controller.vatId),
        ...field(t.labels.phone, controller.phone),
        ...field(t.labels.email, controller.email),
      ],
    }),
    contactPerson
      ? section("contact_person", { paragraphs: [t.contactPerson.intro], fields: person(contactPerson) })
      : section("contact_person", { paragraphs: [t.contactPerson.fallback] }),
    dpo
      ? section("dpo", { paragraphs: [t.dpo.intro], fields: person(dpo) })
      : section("dpo", { paragraphs: [t.dpo.none] }),
    section("register_name", { paragraphs: [t.registerName.sentence(registerNameIn(options, language))] }),
    section("purposes", {
      paragraphs: [t.purposes.intro],
      items: usedPurposes.map((purpose) => purposeLine(purpose, dataMap.purposes[purpose], language, t, laws)),
      notes: marketing ? [t.purposes.marketingObjection] : [],
    }),
    section("data_content", {
      paragraphs: [t.dataContent.intro],
      items: dataItemLabels(dataMap.entries, language, t, { merge: true }),
    }),
    section("sources", {
      paragraphs: [t.sources.intro],
      items: sourcesIn(dataMap.entries).map((source) => t.sources.labels[source]),
    }),
    section("disclosures", {
      paragraphs: [t.disclosures.intro],
      groups: [
        ...roleGroup("processor", t.disclosures.processors),
        ...roleGroup("controller", t.disclosures.thirdParties),
        ...roleGroup("authority", t.disclosures.authorities),
        ...(unnamed.length ? [{ heading: t.disclosures.categories.heading, lists: [{ intro: t.disclosures.categories.intro, items: unnamed }] }] : []),
      ],
    }),
    transfers.length
      ? section("transfers", { paragraphs: [t.transfers.intro], items: transfers })
      : section("transfers", { paragraphs: [t.transfers.none] }),
    section("storage", {
      paragraphs: [
        t.retention.intro,
        t.retention.relationshipEnds(inactivityMonths),
        ...(warningDays > 0 ? [t.retention.warning(warningDays)] : []),
      ],
      groups: storage.map(({ name, periods }) => ({ heading: name, lists: periods.map(({ text, items }) => ({ intro: text, items })) })),
      notes: [t.retention.erasedSecurely],
    }),
    cookiesSection(options, language, t, section),
    section("security", {
      paragraphs: [t.security.intro],
      items: [
        ...options.securityMeasures.map((measure) => (typeof measure === "string" ? t.security.measures[measure] : localize(measure, language))),
        t.security.accessLogged(options.retention.accessLogMonths),
      ],
    }),
    section("access", { paragraphs: [...t.rights.access, t.rights.deadline] }),
    section("rectification", { paragraphs: t.rights.rectification }),
    section("marketing_objection", {
      paragraphs: [...t.rights.marketingObjection, ...(usedPurposes.includes("existing_customer_marketing") ? [t.rights.softOptInObjection] : [])],
    }),
    section("erasure", { paragraphs: t.rights.erasure }),
    section("restriction", { paragraphs: t.rights.restriction }),
    section("objection", { paragraphs: t.rights.objection }),
    section("portability", { paragraphs: t.rights.portability }),
    section("consent_withdrawal", { paragraphs: t.rights.consentWithdrawal }),
    section("complaint", {
      paragraphs: [t.rights.complaint, ...(options.supervisoryAuthorities.length ? [t.rights.complaintAuthorities] : [])],
      items: options.supervisoryAuthorities.map((authority) =>
        t.rights.complaintAuthority(
          countryName(authority.country, language),
          [localize(authority.name, language), authority.address && localize(authority.address, language), authority.email, authority.url]
            .filter(Boolean)
            .join(", ")
        )
      ),
    }),
    section("automated_decisions", { paragraphs: t.rights.automatedDecisions }),
    section("provision_requirement", { paragraphs: t.rights.provisionRequirement }),
  ]
}
