import type { BookkeepingJurisdiction, CookieCategory, CookieKind, SecurityMeasure } from "../../lib/constants"
import type { DataCategory, DataItem, DataSource, LegalBasis, RecipientCategory } from "../../data-map/types"
import type { NoticeRecord } from "../records"

export const SECTION_IDS = [
  "controller",
  "contact_person",
  "dpo",
  "register_name",
  "purposes",
  "data_content",
  "sources",
  "disclosures",
  "transfers",
  "storage",
  "cookies",
  "security",
  "access",
  "rectification",
  "marketing_objection",
  "erasure",
  "restriction",
  "objection",
  "portability",
  "consent_withdrawal",
  "complaint",
  "automated_decisions",
  "provision_requirement",
] as const
export type SectionId = (typeof SECTION_IDS)[number]

export type DefaultPurpose =
  | "customer_relationship"
  | "communication"
  | "direct_marketing"
  | "existing_customer_marketing"
  | "bookkeeping"
  | "consent_proof"
  | "request_records"
  | "security"

export type Lifetime = "session" | { minutes: number } | { hours: number } | { days: number } | { months: number }

/** Countries whose business ID the notice can name in each language; "other" for the rest. */
export type BusinessIdCountry = "FI" | "NO" | "SE" | "DK" | "other"

/** Countries whose soft opt-in rule the notice can cite (markedsføringsloven § 15, 917/2014 § 200, ...). */
export type SoftOptInCountry = "FI" | "NO" | "SE" | "DK"

/**
 * Everything a notice or a record says, in one language. The type makes every
 * language complete: a missing text is a compile error, not a blank line.
 */
export type NoticeTexts = {
  title: string
  intro: (controller: string) => string
  headings: Record<SectionId, string>
  labels: {
    name: string
    address: string
    businessId: Record<BusinessIdCountry, string>
    vatId: string
    phone: string
    email: string
    website: string
    version: string
    lastUpdated: string
  }
  contactPerson: { intro: string; fallback: string }
  dpo: { none: string; intro: string }
  registerName: {
    /** The register's name as a sentence; the name is a proper name and is not inflected. */
    sentence: (name: string) => string
    /** The name when the options give none. */
    fallback: (controller: string) => string
  }
  purposes: {
    intro: string
    names: Record<DefaultPurpose, string>
    bases: Record<LegalBasis, string>
    legitimateInterest: (interest: string) => string
    builtInLegitimateInterests: { security: string; existing_customer_marketing: (laws: string) => string }
    /** The e-marketing rules that allow the soft opt-in, as cited in the text. */
    softOptInLaws: Record<SoftOptInCountry, string>
    softOptInLawsUnknown: string
    /** Joins two or more items: "a, b and c". */
    and: (items: string[]) => string
    marketingObjection: string
  }
  dataContent: { intro: string; items: Record<DataItem, string> }
  categories: Record<DataCategory, string>
  dataSubjects: { customers: string }
  sources: { intro: string; labels: Record<DataSource, string> }
  disclosures: {
    intro: string
    /** Registered recipients by role: processors (Art. 28), independent controllers (third parties, Art. 4(10)), authorities. */
    processors: { heading: string; intro: string }
    thirdParties: { heading: string; intro: string }
    authorities: { heading: string; intro: string }
    /** Categories the data map names that no registered recipient covers. */
    categories: { heading: string; intro: string }
    /** A category after a recipient's name, in the singular: "Posti Oy, carrier". */
    categoryNames: Record<RecipientCategory, string>
    /** A category standing for recipients not named, in the plural, with what they receive data for; nominative in a list. */
    categoryLabels: Record<RecipientCategory, string>
    /** `place` only when the recipient is not in the controller's country. */
    recipient: (name: string, category: string, place: string | undefined, purpose: string) => string
  }
  transfers: {
    none: string
    intro: string
    item: (recipient: string, place: string, basis: string) => string
    /** International organisations a recipient may be (GDPR Art. 4(26)). */
    organisations: { EPO: string }
    /** A Commission act by its number, e.g. "(EU) 2021/914". */
    act: (implementing: boolean, number: string) => string
    bases: {
      adequacy: (act: string) => string
      /** Added for a recipient in the United States: the adequacy decision covers only certified organisations. */
      dpfCertified: string
      standardContractualClauses: (act: string) => string
      bindingCorporateRules: string
      derogation: (text: string) => string
    }
  }
  retention: {
    intro: string
    relationshipEnds: (inactivityMonths: number) => string
    warning: (warningDays: number) => string
    /** The records periods are stated for, and the moment a fixed period counts from. */
    records: Record<NoticeRecord, { name: string; start: string }>
    /** What happens to the data when its period ends, as the erasure does it (delete the rows, or clear the fields). */
    fates: Record<"deleted" | "anonymised" | "deleted_or_anonymised", string>
    relationship: (fate: string) => string
    bookkeeping: (period: string) => string
    bookkeepingPeriods: Record<BookkeepingJurisdiction, string>
    bookkeepingYears: (years: number) => string
    consentProof: (years: number) => string
    fixed: (amount: number, unit: "months" | "days", start: string) => string
    fixedOrRelationship: (amount: number, unit: "months" | "days", start: string, fate: string) => string
    erasedSecurely: string
  }
  cookies: {
    intro: string
    none: string
    consent: string
    categories: Record<CookieCategory, string>
    lifetime: (lifetime: Lifetime) => string
    headings: Record<"name" | "category" | "provider" | "purpose" | "lifetime" | "kind", string>
    firstParty: string
    kinds: Record<CookieKind, string>
    /** How long a choice lasts, and how long its proof is kept after. */
    choiceKept: (months: number, years: number) => string
  }
  /** `accessLogged`: stated whatever the options say, since the plugin always logs staff access (policy clause 10). */
  security: { intro: string; accessLogged: (months: number) => string; measures: Record<SecurityMeasure, string> }
  rights: {
    access: string[]
    deadline: string
    rectification: string[]
    marketingObjection: string[]
    softOptInObjection: string
    erasure: string[]
    restriction: string[]
    objection: string[]
    portability: string[]
    consentWithdrawal: string[]
    complaint: string
    complaintAuthorities: string
    complaintAuthority: (country: string, authority: string) => string
    automatedDecisions: string[]
    provisionRequirement: string[]
  }
  record: {
    title: string
    columns: {
      controller: string
      controllerContact: string
      contactPerson: string
      dpo: string
      purpose: string
      legalBasis: string
      legitimateInterest: string
      dataSubjects: string
      dataCategories: string
      dataItems: string
      recipients: string
      transfers: string
      erasureTimeLimits: string
      securityMeasures: string
    }
    noTransfers: string
    noDpo: string
  }
}
