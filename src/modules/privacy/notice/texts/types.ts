import type { BookkeepingJurisdiction, CookieCategory, SecurityMeasure, TransferSafeguard } from "../../lib/constants"
import type { DataCategory, DataItem, DataSource, LegalBasis } from "../../data-map/types"

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

export type DefaultPurpose = "customer_relationship" | "communication" | "direct_marketing" | "bookkeeping" | "security"
export type DefaultRecipient =
  | "technical_operation"
  | "payment_provider"
  | "carrier"
  | "debt_collection"
  | "authorities"
  | "email_service"

export type Lifetime = "session" | { hours: number } | { days: number } | { months: number }

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
    businessId: string
    phone: string
    email: string
    website: string
  }
  contactPerson: { intro: string; fallback: string }
  dpo: { none: string; intro: string }
  registerName: { intro: string }
  purposes: {
    intro: string
    names: Record<DefaultPurpose, string>
    bases: Record<LegalBasis, string>
    legitimateInterest: (interest: string) => string
    builtInLegitimateInterests: { security: string }
    marketingObjection: string
  }
  dataContent: { intro: string; items: Record<DataItem, string> }
  categories: Record<DataCategory, string>
  dataSubjects: { customers: string }
  sources: { intro: string; labels: Record<DataSource, string> }
  disclosures: {
    intro: string
    recipients: Record<DefaultRecipient, string>
    countries: (countries: string) => string
  }
  transfers: {
    none: string
    intro: string
    item: (recipient: string, country: string, safeguard: string) => string
    safeguards: Record<TransferSafeguard, string>
  }
  retention: {
    relationship: (inactivityMonths: number) => string
    bookkeeping: (period: string) => string
    bookkeepingPeriods: Record<BookkeepingJurisdiction, string>
    bookkeepingYears: (years: number) => string
    consentProof: (years: number) => string
    fixed: (amount: number, unit: "months" | "days") => string
    appliesTo: (items: string) => string
    erasedSecurely: string
  }
  cookies: {
    intro: string
    none: string
    consent: string
    categories: Record<CookieCategory, string>
    lifetime: (lifetime: Lifetime) => string
    item: (cookie: { name: string; category: string; purpose: string; lifetime: string; provider?: string }) => string
  }
  security: { intro: string; measures: Record<SecurityMeasure, string> }
  rights: {
    access: string[]
    rectification: string[]
    marketingObjection: string[]
    erasure: string[]
    restriction: string[]
    objection: string[]
    portability: string[]
    consentWithdrawal: string[]
    complaint: (authority: string) => string[]
    complaintNoAuthority: string[]
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
