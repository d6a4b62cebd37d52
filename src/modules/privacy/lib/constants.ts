export const GENDERS = ["female", "male", "other", "undisclosed"] as const
export type Gender = (typeof GENDERS)[number]

/** Where a customer first came from (policy clause 5, "Informasjonskilder"). */
export const CUSTOMER_SOURCES = ["storefront", "checkout", "admin", "phone", "email", "import"] as const
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number]

/** Who changed a profile, for the change log that backs rectification (GDPR Art. 16). */
export const PROFILE_CHANGE_CHANNELS = ["storefront", "admin", "system"] as const
export type ProfileChangeChannel = (typeof PROFILE_CHANGE_CHANNELS)[number]

export const PROFILE_EDITABLE_FIELDS = ["language", "gender", "homepage_url"] as const
export type ProfileEditableField = (typeof PROFILE_EDITABLE_FIELDS)[number]

/** Security principles the notice and the record of processing can state (policy clause 10; GDPR Art. 32). */
export const SECURITY_MEASURES = [
  "confidentiality",
  "firewalls",
  "electronic_only",
  "need_to_know",
  "personal_accounts",
  "duty_of_confidentiality",
  "encrypted_connections",
  "password_hashing",
] as const
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number]

/** The banner's categories, in the order it shows them; `necessary` is always on and needs no consent. */
export const COOKIE_CATEGORIES = ["necessary", "preferences", "statistics", "marketing"] as const
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number]

/** Where a declared item lives in the visitor's browser (or, for a pixel, what it sends). */
export const COOKIE_KINDS = ["cookie", "localStorage", "sessionStorage", "pixel"] as const
export type CookieKind = (typeof COOKIE_KINDS)[number]

export const COOKIE_CONSENT_ACTIONS = ["accept_all", "reject_all", "custom"] as const
export type CookieConsentAction = (typeof COOKIE_CONSENT_ACTIONS)[number]

/** A cookie set by the shop itself rather than by a recipient of the register. */
export const FIRST_PARTY = "first_party"

/** Jurisdictions whose bookkeeping periods the plugin knows (see docs/legal-facts in the README). */
export const BOOKKEEPING_JURISDICTIONS = ["FI", "NO", "SE", "DK"] as const
export type BookkeepingJurisdiction = (typeof BOOKKEEPING_JURISDICTIONS)[number]

export const CONSENT_CHANNELS = ["email", "sms", "phone", "post"] as const
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

export const CONSENT_ACTIONS = ["granted", "withdrawn"] as const
export type ConsentAction = (typeof CONSENT_ACTIONS)[number]

/** How a consent or withdrawal reached the shop (Art. 7(1): the shop must be able to show it). */
export const CONSENT_SOURCES = [
  "storefront",
  "checkout",
  "account",
  "unsubscribe_link",
  "double_opt_in",
  "admin_phone",
  "admin_email",
  "admin_letter",
  "import",
] as const
export type ConsentSource = (typeof CONSENT_SOURCES)[number]

export const STAFF_CONSENT_SOURCES = ["admin_phone", "admin_email", "admin_letter"] as const

export const CONSENT_ACTOR_TYPES = ["customer", "subject", "user", "api-key", "system"] as const
export type ConsentActorType = (typeof CONSENT_ACTOR_TYPES)[number]

export const EXPORT_STATUSES = ["pending", "building", "ready", "failed", "expired"] as const
export type ExportStatus = (typeof EXPORT_STATUSES)[number]

/** How the person's identity was checked (EDPB Guidelines 01/2022: proportionate, and recorded). */
export const VERIFICATION_METHODS = ["session", "signed_document", "in_person", "email_on_file"] as const
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]

/** Who asked for an erasure: the customer closing their account, staff, or the retention sweep. */
export const ERASURE_TRIGGERS = ["customer", "staff", "retention"] as const
export type ErasureTrigger = (typeof ERASURE_TRIGGERS)[number]

/** `blocked` waits for a legal hold to lift; the retention sweep picks it up again. */
export const ERASURE_STATUSES = ["pending", "blocked", "completed", "failed"] as const
export type ErasureStatus = (typeof ERASURE_STATUSES)[number]

export const RETENTION_RUN_TRIGGERS = ["schedule", "staff"] as const
export type RetentionRunTrigger = (typeof RETENTION_RUN_TRIGGERS)[number]

/**
 * `queued`: asked for, waiting for a worker; `skipped`: it could not take the lock (see its
 * `reason`); `interrupted`: the process running it stopped, or it was never picked up.
 */
export const RETENTION_RUN_STATUSES = ["queued", "running", "completed", "failed", "skipped", "interrupted"] as const
export type RetentionRunStatus = (typeof RETENTION_RUN_STATUSES)[number]

/** Why erasure has to wait (GDPR Art. 17(3)(b) and (e): a contract still being performed, claims). */
/** `restricted`: a restriction of processing (Art. 18) stands until staff lift it; the others are read from the orders. */
export const LEGAL_HOLDS = ["unpaid_payment", "uncaptured_payment", "unfulfilled_order", "open_return", "open_claim", "restricted"] as const
export type LegalHold = (typeof LEGAL_HOLDS)[number]
