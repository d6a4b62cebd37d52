/**
 * The vocabulary of the personal-data map. Every place that holds personal
 * data is an entry; the privacy notice, the record of processing, exports and
 * erasure are all read off the same entries.
 */

export const DATA_CATEGORIES = [
  "identity",
  "contact",
  "demographic",
  "preference",
  "transaction",
  "technical",
  "consent_proof",
] as const
export type DataCategory = (typeof DATA_CATEGORIES)[number]

/** GDPR Art. 6(1)(a)-(f). */
export const LEGAL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

export const LEGAL_BASIS_ARTICLE: Record<LegalBasis, string> = {
  consent: "6(1)(a)",
  contract: "6(1)(b)",
  legal_obligation: "6(1)(c)",
  vital_interests: "6(1)(d)",
  public_task: "6(1)(e)",
  legitimate_interests: "6(1)(f)",
}

export const DEFAULT_PURPOSES = [
  "customer_relationship",
  "communication",
  "direct_marketing",
  "existing_customer_marketing",
  "bookkeeping",
  "consent_proof",
  "request_records",
  "security",
] as const

/** Where the data comes from (Art. 13/14; policy clause 5). */
export const DATA_SOURCES = ["data_subject", "staff", "generated", "provider"] as const
export type DataSource = (typeof DATA_SOURCES)[number]

/** The kinds of recipient the register knows (GDPR Art. 13(1)(e), 30(1)(d)); `other` for the rest. */
export const RECIPIENT_CATEGORIES = [
  "hosting",
  "platform",
  "carrier",
  "payment",
  "debt_collection",
  "email_service",
  "analytics",
  "advertising",
  "authority",
  "other",
] as const
export type RecipientCategory = (typeof RECIPIENT_CATEGORIES)[number]

/** A named recipient acts for the shop (Art. 28), for itself (an independent controller, Art. 4(7)), or is a public authority. */
export const REGISTER_ROLES = ["processor", "controller", "authority"] as const
export type RegisterRole = (typeof REGISTER_ROLES)[number]

export const ERASURE_ACTIONS = ["delete", "anonymize", "keep_until_retention_ends"] as const
export type ErasureAction = (typeof ERASURE_ACTIONS)[number]

/**
 * How long a field is kept. `relationship` ends when the account is closed or
 * after the configured inactivity; `bookkeeping` follows the accounting law of
 * the configured jurisdiction; `consent_proof` is the ledger's own period
 * after the relationship ends; a fixed period counts from the record's creation.
 */
export type RetentionRule =
  | "relationship"
  | "bookkeeping"
  | "consent_proof"
  | { fixed: { months: number } }
  | { fixed: { days: number } }

/**
 * The items a notice lists under "data content" (policy clause 4). Entries
 * point at an item; custom entries may bring their own labels.
 */
export const DATA_ITEMS = [
  "name",
  "customer_number",
  "contact_information",
  "email",
  "phone",
  "postal_address",
  "company",
  "gender",
  "homepage",
  "language",
  "marketing_permissions",
  "opt_in_confirmations",
  "orders",
  "deliveries",
  "payments",
  "discounts",
  "returns",
  "login",
  "messages",
  "activity",
  "origin",
  "data_requests",
  "staff_access",
  "free_text",
] as const
export type DataItem = (typeof DATA_ITEMS)[number]

/** Text given once for every language or per language (BCP 47 tag or its base, e.g. `nb`). */
export type LocalizedText = string | Record<string, string>

export type DataMapEntry = {
  /** `table.column`, or `table.column.key` for one key of a JSON column. */
  id: string
  /** The Medusa (or custom) module that owns the table. */
  module: string
  /** The entity the erasure and export processors handle (usually the table). */
  entity: string
  table: string
  column: string
  /** One key inside a JSON column, for merchants who map their own `metadata` keys. */
  key?: string
  item: DataItem | string
  /** Label for a custom item that the notice has no text for. */
  itemLabel?: LocalizedText
  category: DataCategory
  purposes: readonly string[]
  source: DataSource
  /** The kinds of recipient the field goes to; the notice names the registered recipients of each. */
  recipients: readonly RecipientCategory[]
  retention: RetentionRule
  erasure: ErasureAction
  /** Why the entry is mapped this way: a legal source or a fact about Medusa. */
  note?: string
  /**
   * Set when an export deliberately leaves the field out, with the reason
   * (a password hash, a provider secret, a copy of data exported elsewhere).
   */
  notExported?: string
  /**
   * For the merchant's own tables: the column that holds the customer's id,
   * by which exports (and erasure) find the customer's rows.
   */
  subjectColumn?: string
}

export type NotPersonalDeclaration = {
  table: string
  columns: readonly string[]
  reason: string
}

export type PurposeDeclaration = {
  legalBasis: LegalBasis
  /** Required for `legitimate_interests` (Art. 13(1)(d)). */
  legitimateInterest?: LocalizedText
  /** For purposes the notice has no built-in text for. */
  label?: LocalizedText
}

export type EffectiveDataMap = {
  purposes: Record<string, PurposeDeclaration>
  entries: DataMapEntry[]
  notPersonal: NotPersonalDeclaration[]
}
