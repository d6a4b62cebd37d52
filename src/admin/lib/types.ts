export type Gender = "female" | "male" | "other" | "undisclosed"
export type CustomerSource = "storefront" | "checkout" | "admin" | "phone" | "email" | "import"

export type PrivacyProfile = {
  id: string
  customer_id: string
  customer_number: string
  language: string
  gender: Gender | null
  homepage_url: string | null
  source: CustomerSource
  last_activity_at: string | null
  created_at: string
  updated_at: string
}

export type PrivacyProfileResponse = {
  privacy_profile: PrivacyProfile
  available_languages: string[]
}

export type PrivacyProfileUpdate = {
  language?: string
  gender?: Gender | null
  homepage_url?: string | null
  source?: CustomerSource
}

export const GENDERS: Gender[] = ["female", "male", "other", "undisclosed"]
export const CUSTOMER_SOURCES: CustomerSource[] = ["storefront", "checkout", "admin", "phone", "email", "import"]

export type RetentionRule = "relationship" | "bookkeeping" | "consent_proof" | { fixed: { months?: number; days?: number } }

export type DataMapEntry = {
  id: string
  module: string
  entity: string
  table: string
  column: string
  key?: string
  item: string
  category: string
  purposes: string[]
  source: string
  recipients: string[]
  retention: RetentionRule
  erasure: "delete" | "anonymize" | "keep_until_retention_ends"
  note?: string
}

export type RegisteredRecipient = {
  id: string
  name: string
  role: "processor" | "controller" | "authority"
  category: string
  country: string
  internationalOrganisation?: string
  dataCategories: string[]
  purpose: string | Record<string, string>
  agreementDate?: string
  privacyNoticeUrl?: string
  providers: { fulfillment: string[]; payment: string[]; notification: string[]; file: string[] }
  transfer?: { basis: string; dpfCertified?: boolean; derogation?: string | Record<string, string> }
}

export type SchemaColumn = { table: string; column: string; data_type: string }

export type DataMapResponse = {
  data_map: {
    purposes: Record<string, { legalBasis: string }>
    /** The recipient register, by name. */
    recipients: RegisteredRecipient[]
    entries: DataMapEntry[]
    not_personal: { table: string; columns: string[]; reason: string }[]
  }
  coverage: {
    unmapped: SchemaColumn[]
    stale: { id: string; table: string; column: string }[]
    checked_columns: number
  }
}

export type ProcessingActivity = {
  purpose: string
  purpose_label: string
  legal_basis: string
  legal_basis_label: string
  legitimate_interest: string | null
  data_categories: string[]
  data_items: string[]
  recipients: string[]
  transfers: string[]
  erasure_time_limits: string[]
}

export type ProcessingRecordResponse = {
  record: {
    language: string
    title: string
    controller: { name: string; address: string; businessId?: string; vatId?: string; email: string; phone?: string }
    contact_person: { name: string; email: string; phone?: string } | null
    register_name: string
    activities: ProcessingActivity[]
  }
}

export type ConsentChannel = "email" | "sms" | "phone" | "post"
export type StaffConsentSource = "admin_phone" | "admin_email" | "admin_letter"

export type ConsentState = {
  purpose: string
  channel: ConsentChannel
  granted: boolean
  source: string | null
  changed_at: string | null
}

export type ConsentEvent = {
  id: string
  purpose: string
  channel: ConsentChannel
  action: "granted" | "withdrawn"
  source: string
  occurred_at: string
  notice_version: string | null
  notice_language: string | null
  actor_type: string
  actor_id?: string | null
  note?: string | null
}

export type ConsentsResponse = { consents: ConsentState[]; history: ConsentEvent[] }

export type RecordConsentBody = {
  purpose: string
  channel: ConsentChannel
  granted: boolean
  source: StaffConsentSource
  note?: string
}

export const STAFF_CONSENT_SOURCES: { value: StaffConsentSource; label: string }[] = [
  { value: "admin_phone", label: "By phone" },
  { value: "admin_email", label: "By e-mail" },
  { value: "admin_letter", label: "By letter" },
]

export type ExportStatus = "pending" | "building" | "ready" | "failed" | "expired"
export type VerificationMethod = "session" | "signed_document" | "in_person" | "email_on_file"

export type PrivacyExport = {
  id: string
  status: ExportStatus
  requested_by: "customer" | "staff"
  verification: VerificationMethod
  language: string
  created_at: string
  ready_at: string | null
  expires_at: string | null
  file_size: number | null
  download_url: string | null
  note: string | null
  actor_type: string
  attempts: number
  failure_reason: string | null
  download_count: number
}

export type ExportsResponse = { exports: PrivacyExport[] }
export type RequestExportBody = { verification: VerificationMethod; note?: string; language?: string }

/** How staff checked the identity of a person who asked outside the storefront (policy clause 11). */
export const STAFF_VERIFICATION_METHODS: { value: VerificationMethod; label: string }[] = [
  { value: "signed_document", label: "Signed letter or document" },
  { value: "in_person", label: "In person, with ID" },
  { value: "email_on_file", label: "From the e-mail address on file" },
]

export type LegalHold = { hold: string; order_id: string | null; display_id: number | null }

export type ErasureRecord = {
  id: string
  customer_id: string
  customer_number: string | null
  trigger: "customer" | "staff" | "retention"
  status: "pending" | "blocked" | "completed" | "failed"
  reason: string | null
  holds: LegalHold[]
  failure_reason: string | null
  created_at: string
  completed_at: string | null
}

export type ErasureDryRun = {
  customer_id: string
  erasable: boolean
  blocked: LegalHold[]
  erase: { table: string; action: "delete" | "anonymize"; columns: string[]; rows: number }[]
  keep: { table: string; rows: number; columns: { column: string; retention: string | { fixed: { months?: number; days?: number } }; until: string | null }[] }[]
  bookkeeping: { order_id: string; display_id: number | null; kept_until: string; release_at: string }[]
}

export type RetentionRunFailure = {
  stage: "warning" | "batch" | "erasure" | "run"
  code: string
  message: string
  customer_number?: string | null
  batch?: number
  count?: number
}

export type RetentionRun = {
  id: string
  trigger: "schedule" | "staff"
  status: "queued" | "running" | "completed" | "failed" | "skipped" | "interrupted"
  started_at: string
  finished_at: string | null
  duration_ms: number | null
  counts: {
    warned: number
    warnings_failed?: number
    eligible: number
    erased: number
    blocked: number
    failed: number
    orders_released: number
    consent_proofs_deleted: number
    expired_rows_deleted: Record<string, number>
    batches_failed?: number
    failure_codes?: Record<string, number>
  } | null
  failures: RetentionRunFailure[]
  /** Why it was skipped, failed or interrupted. */
  reason: { code: string; message: string } | null
}

export type RetentionPreview = {
  as_of: string
  customers: { customer_id: string; customer_number: string | null; reason: string; holds: LegalHold[] }[]
  warnings: { customer_id: string; erase_on: string }[]
  bookkeeping_releases: { order_id: string; release_at: string }[]
}
