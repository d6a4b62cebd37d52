// Recipients and disclosures (GDPR Art. 13(1)(e), 19, 30(1)(d), 44-49).

export type RecipientRole = "processor" | "controller" | "authority"
export type ProviderKind = "fulfillment" | "payment" | "notification" | "file"

export type RecipientTransfer = {
  basis: string
  dpf_certified: boolean
  derogation: string | null
  decision: { act: string; adopted: string; valid_until: string | null } | null
}

export type PrivacyRecipient = {
  id: string
  name: string
  role: RecipientRole
  category: string
  country: string
  international_organisation: string | null
  outside_eea: boolean
  data_categories: string[]
  purpose: string
  agreement_date: string | null
  privacy_notice_url: string | null
  providers: Record<ProviderKind, string[]>
  transfer: RecipientTransfer | null
  transfer_problem: string | null
  disclosures_count: number
  open_tasks_count: number
}

export type RecipientsResponse = { recipients: PrivacyRecipient[]; transfers_outside_eea: boolean }

export type DisclosureOccasion =
  | "fulfillment"
  | "payment_session"
  | "payment_authorization"
  | "notification"
  | "audience_download"
  | "debt_collection"
  | "authority_request"
  | "other"

export type Disclosure = {
  id: string
  customer_id: string | null
  recipient_id: string
  recipient_name: string
  data_categories: string[]
  legal_basis: string
  occasion: DisclosureOccasion
  source_type: string | null
  source_id: string | null
  order_id: string | null
  reference: string | null
  legal_reference: string | null
  note: string | null
  disclosed_at: string
  actor_type: "system" | "user"
  actor_id: string | null
  created_at: string
}

export type DisclosurePage = { disclosures: Disclosure[]; count: number; limit: number; offset: number }

export type RecordDisclosureBody = {
  recipient_id: string
  data_categories: string[]
  occasion: DisclosureOccasion
  legal_basis: string
  disclosed_at: string
  order_id?: string
  reference?: string
  legal_reference?: string
  note?: string
}

export type RecipientTaskStatus = "open" | "done" | "not_required"

export type RecipientTask = {
  id: string
  recipient_id: string
  recipient_name: string
  change: "erasure" | "rectification" | "restriction"
  customer_id: string
  request_id: string | null
  status: RecipientTaskStatus
  reason: string | null
  sources: { occasion: DisclosureOccasion; source_id: string | null; order_id: string | null; disclosed_at: string }[]
  created_at: string
  closed_at: string | null
  closed_by: string | null
}

export type RecipientTaskFilters = {
  status?: RecipientTaskStatus
  recipient_id?: string
  request_id?: string
  customer_id?: string
}

export type RecipientTaskPage = { tasks: RecipientTask[]; count: number; limit: number; offset: number }
