import type { PurposeDeclaration, RecipientDeclaration } from "./types"

/**
 * The policy's purposes (clause 3) and their legal bases. Direct marketing
 * rests on consent: e-mail and SMS marketing to individuals needs prior
 * consent (markedsføringsloven § 15, Finnish 917/2014 § 200).
 */
export const defaultPurposes: Record<string, PurposeDeclaration> = {
  customer_relationship: { legalBasis: "contract" },
  communication: { legalBasis: "contract" },
  direct_marketing: { legalBasis: "consent" },
  bookkeeping: { legalBasis: "legal_obligation" },
  security: { legalBasis: "legitimate_interests" },
}

/** The disclosure cases of policy clause 6. Countries are the merchant's to declare. */
export const defaultRecipients: Record<string, RecipientDeclaration> = {
  technical_operation: { countries: [] },
  payment_provider: { countries: [] },
  carrier: { countries: [] },
  debt_collection: { countries: [] },
  authorities: { countries: [] },
  email_service: { countries: [] },
}
