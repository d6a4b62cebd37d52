import type { PrivacyPluginOptions } from "../lib/options"
import { localize } from "../lib/localized"
import { registerNameIn } from "../notice/build-notice"
import { retentionByRecord } from "../notice/describe-retention"
import {
  dataItemLabels,
  legitimateInterestText,
  purposeLabel,
  softOptInLaws,
  uniqueInOrder,
} from "../notice/map-labels"
import { recordRecipientLine, recipientsOf, transferLines, uncoveredCategories } from "../notice/describe-recipients"
import { textsFor } from "../notice/texts"
import { DATA_CATEGORIES, LEGAL_BASIS_ARTICLE } from "../data-map/types"

export type ProcessingActivity = {
  purpose: string
  purpose_label: string
  legal_basis: string
  legal_basis_article: string
  legal_basis_label: string
  legitimate_interest: string | null
  data_subjects: string[]
  data_categories: string[]
  data_items: string[]
  recipients: string[]
  transfers: string[]
  erasure_time_limits: string[]
  security_measures: string[]
}

export type ProcessingRecord = {
  language: string
  title: string
  controller: PrivacyPluginOptions["controller"]
  contact_person: PrivacyPluginOptions["contactPerson"] | null
  dpo: PrivacyPluginOptions["dpo"] | null
  register_name: string
  activities: ProcessingActivity[]
}

/**
 * The record of processing activities (GDPR Art. 30(1)): one activity per
 * purpose, with everything read off the same map and options as the notice.
 */
export function buildProcessingRecord(options: PrivacyPluginOptions, language: string): ProcessingRecord {
  const t = textsFor(language)!
  const { dataMap } = options
  const purposes = uniqueInOrder(Object.keys(dataMap.purposes), dataMap.entries.flatMap((entry) => entry.purposes))
  const laws = softOptInLaws(options, t)
  const security = [
    ...options.securityMeasures.map((measure) => (typeof measure === "string" ? t.security.measures[measure] : localize(measure, language))),
    t.security.accessLogged(options.retention.accessLogMonths),
  ]

  const activities = purposes.map((purpose): ProcessingActivity => {
    const declaration = dataMap.purposes[purpose]
    const entries = dataMap.entries.filter((entry) => entry.purposes.includes(purpose))
    const recipients = recipientsOf(entries, dataMap.entries, options.recipients)
    return {
      purpose,
      purpose_label: purposeLabel(purpose, declaration, language, t),
      legal_basis: declaration.legalBasis,
      legal_basis_article: `GDPR Art. ${LEGAL_BASIS_ARTICLE[declaration.legalBasis]}`,
      legal_basis_label: t.purposes.bases[declaration.legalBasis],
      legitimate_interest: legitimateInterestText(purpose, declaration, language, t, laws) ?? null,
      data_subjects: [t.dataSubjects.customers],
      data_categories: uniqueInOrder(DATA_CATEGORIES, entries.map((entry) => entry.category)).map(
        (category) => t.categories[category as keyof typeof t.categories]
      ),
      data_items: dataItemLabels(entries, language, t),
      // By name with category and country (Art. 30(1)(d)), then the categories no registered recipient covers.
      recipients: [
        ...recipients.map((recipient) => recordRecipientLine(recipient, language, t)),
        ...uncoveredCategories(entries, options.recipients).map((category) => t.disclosures.categoryLabels[category]),
      ],
      transfers: transferLines(recipients, options, language, t),
      // Per record, as the notice states them: "Orders – Kept as bookkeeping material …: name; postal address".
      erasure_time_limits: retentionByRecord(options, language, t, entries).flatMap(({ name, periods }) =>
        periods.map(({ text, items }) => `${name} – ${text} ${items.join("; ")}.`)
      ),
      security_measures: security,
    }
  })

  return {
    language,
    title: t.record.title,
    controller: options.controller,
    contact_person: options.contactPerson ?? null,
    dpo: options.dpo ?? null,
    register_name: registerNameIn(options, language),
    activities,
  }
}
