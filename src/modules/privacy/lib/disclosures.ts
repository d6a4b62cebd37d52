import type { DataCategory, LegalBasis } from "../data-map/types"

/** How a customer's data reached a recipient: handed over by Medusa through a provider, or recorded by staff. */
export const DISCLOSURE_OCCASIONS = [
  "fulfillment",
  "payment_session",
  "payment_authorization",
  "notification",
  "audience_download",
  "debt_collection",
  "authority_request",
  "other",
] as const
export type DisclosureOccasion = (typeof DISCLOSURE_OCCASIONS)[number]

/** The occasions staff record by hand; the others are written when Medusa hands data over. */
export const MANUAL_OCCASIONS = ["debt_collection", "authority_request", "other"] as const satisfies readonly DisclosureOccasion[]

/**
 * What each automatic occasion hands over, and on which basis: a carrier gets
 * the name, address, phone and e-mail of the order (contract, Art. 6(1)(b)); a
 * payment provider the buyer and the amount; an e-mail service the address
 * and the message; an e-mail tool the audience that consented.
 */
export const AUTOMATIC_DISCLOSURES: Record<
  Exclude<DisclosureOccasion, (typeof MANUAL_OCCASIONS)[number]>,
  { categories: DataCategory[]; legalBasis: LegalBasis }
> = {
  fulfillment: { categories: ["identity", "contact", "transaction"], legalBasis: "contract" },
  payment_session: { categories: ["identity", "contact", "transaction"], legalBasis: "contract" },
  payment_authorization: { categories: ["identity", "transaction"], legalBasis: "contract" },
  notification: { categories: ["identity", "contact"], legalBasis: "contract" },
  audience_download: { categories: ["identity", "contact", "preference"], legalBasis: "consent" },
}

/** The changes GDPR Art. 19 makes the shop tell each recipient about. */
export const RECIPIENT_CHANGES = ["erasure", "rectification", "restriction"] as const
export type RecipientChange = (typeof RECIPIENT_CHANGES)[number]

export const RECIPIENT_TASK_STATUSES = ["open", "done", "not_required"] as const
export type RecipientTaskStatus = (typeof RECIPIENT_TASK_STATUSES)[number]

export const DISCLOSURE_ACTOR_TYPES = ["system", "user"] as const
