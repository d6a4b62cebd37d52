import type { PurposeDeclaration } from "./types"

/**
 * The policy's purposes (clause 3) and their legal bases. Direct marketing
 * rests on consent: e-mail and SMS marketing to individuals needs prior
 * consent (markedsføringsloven § 15, Finnish 917/2014 § 200). Keeping the
 * proof of consents and the records of requests is a legal obligation: the
 * controller must be able to demonstrate consent (Art. 7(1)) and that it
 * answered each request in time (Art. 5(2), 12(3)-(4)).
 */
export const defaultPurposes: Record<string, PurposeDeclaration> = {
  customer_relationship: { legalBasis: "contract" },
  communication: { legalBasis: "contract" },
  direct_marketing: { legalBasis: "consent" },
  bookkeeping: { legalBasis: "legal_obligation" },
  consent_proof: { legalBasis: "legal_obligation" },
  request_records: { legalBasis: "legal_obligation" },
  security: { legalBasis: "legitimate_interests" },
}

/**
 * With `consent.softOptIn`: e-mail about the shop's own similar products to
 * existing customers, which markedsføringsloven § 15 and 917/2014 § 200 allow
 * without prior consent; under the GDPR it rests on legitimate interests
 * (Art. 6(1)(f), recital 47).
 */
export const softOptInPurpose: PurposeDeclaration = { legalBasis: "legitimate_interests" }
