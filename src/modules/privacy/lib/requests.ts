/** The rights a data subject request can ask for (GDPR Art. 15 to 21, Art. 7(3)); one request may ask several. */
export const REQUEST_RIGHTS = ["access", "portability", "rectification", "erasure", "restriction", "objection", "withdrawal"] as const
export type RequestRight = (typeof REQUEST_RIGHTS)[number]

/** How the request reached the shop (policy clause 13: letter, in person, e-mail to the contact person). */
export const REQUEST_CHANNELS = ["web_form", "account", "email", "letter", "phone", "in_person"] as const
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]

/** How the person was identified. Copies of identity documents are never stored, only the method. */
export const REQUEST_VERIFICATIONS = ["session", "email_link", "signed_document", "in_person", "id_checked"] as const
export type RequestVerification = (typeof REQUEST_VERIFICATIONS)[number]

export const REQUEST_STATUSES = ["received", "awaiting_verification", "in_progress", "completed", "refused", "withdrawn"] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export const OPEN_REQUEST_STATUSES = ["received", "awaiting_verification", "in_progress"] as const satisfies readonly RequestStatus[]

/** How a completed request was answered: all done, done with something kept (holds), or nothing was held. */
export const REQUEST_OUTCOMES = ["done", "partial", "no_data", "refused", "withdrawn"] as const
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number]

/** What a request's timeline records. */
export const REQUEST_EVENT_KINDS = [
  "created",
  "verification_sent",
  "verified",
  "paused",
  "resumed",
  "extended",
  "completed",
  "refused",
  "withdrawn",
  "linked",
  "note",
  "answer_sent",
  "reminded",
] as const
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number]

/** What was done for a request, by its own record: the export, the erasure, consent events, profile changes, restrictions, disclosures. */
export const REQUEST_LINK_KINDS = ["export", "erasure", "consent_event", "profile_change", "restriction", "disclosure"] as const
export type RequestLinkKind = (typeof REQUEST_LINK_KINDS)[number]

export const REQUEST_ACTOR_TYPES = ["customer", "user", "api-key", "subject", "system"] as const
export type RequestActorType = (typeof REQUEST_ACTOR_TYPES)[number]
