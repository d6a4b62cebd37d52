import { humanize } from "./format"
import type { DisclosureOccasion, RecipientRole, RecipientTask } from "./recipient-types"

/** The data categories of the data map, in the order the register and the notice list them. */
export const DISCLOSURE_CATEGORIES = ["identity", "contact", "demographic", "preference", "transaction", "technical", "consent_proof"] as const

/** Occasions staff record by hand; the others are recorded by the shop itself as it hands data over. */
export const MANUAL_OCCASIONS = ["debt_collection", "authority_request", "other"] as const satisfies readonly DisclosureOccasion[]

/** GDPR Art. 6(1)(a)-(f). */
export const LEGAL_BASES = ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"] as const

const ROLE_LABELS: Record<RecipientRole, string> = {
  processor: "Processor",
  controller: "Independent controller",
  authority: "Authority",
}

const OCCASION_LABELS: Record<DisclosureOccasion, string> = {
  fulfillment: "Fulfilment",
  payment_session: "Payment session",
  payment_authorization: "Payment authorisation",
  notification: "Notification",
  audience_download: "Marketing audience download",
  debt_collection: "Debt collection",
  authority_request: "Authority request",
  other: "Other",
}

const CATEGORY_LABELS: Record<string, string> = { consent_proof: "Consent proof" }

const LEGAL_BASIS_LABELS: Record<string, string> = {
  consent: "Consent (Art. 6(1)(a))",
  contract: "Contract (Art. 6(1)(b))",
  legal_obligation: "Legal obligation (Art. 6(1)(c))",
  vital_interests: "Vital interests (Art. 6(1)(d))",
  public_task: "Public task (Art. 6(1)(e))",
  legitimate_interests: "Legitimate interests (Art. 6(1)(f))",
}

const TRANSFER_BASIS_LABELS: Record<string, string> = {
  adequacy: "Adequacy decision (Art. 45)",
  standard_contractual_clauses: "Standard contractual clauses (Art. 46)",
  binding_corporate_rules: "Binding corporate rules (Art. 47)",
  derogation: "Derogation (Art. 49)",
}

const CHANGE_LABELS: Record<RecipientTask["change"], string> = {
  erasure: "Erasure",
  rectification: "Rectification",
  restriction: "Restriction",
}

export const recipientRoleLabel = (role: RecipientRole) => ROLE_LABELS[role] ?? humanize(role)
export const occasionLabel = (occasion: DisclosureOccasion) => OCCASION_LABELS[occasion] ?? humanize(occasion)
export const categoryLabel = (category: string) => CATEGORY_LABELS[category] ?? humanize(category)
export const categoriesLabel = (categories: string[]) => categories.map(categoryLabel).join(", ")
export const legalBasisLabel = (basis: string) => LEGAL_BASIS_LABELS[basis] ?? humanize(basis)
export const transferBasisLabel = (basis: string) => TRANSFER_BASIS_LABELS[basis] ?? humanize(basis)
export const changeLabel = (change: RecipientTask["change"]) => CHANGE_LABELS[change] ?? humanize(change)
