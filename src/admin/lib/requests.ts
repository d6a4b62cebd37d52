import { humanize } from "./format"

export const REQUEST_RIGHTS = ["access", "portability", "rectification", "erasure", "restriction", "objection", "withdrawal"] as const
export const REQUEST_CHANNELS = ["web_form", "account", "email", "letter", "phone", "in_person"] as const
export const REQUEST_STATUSES = ["received", "awaiting_verification", "in_progress", "completed", "refused", "withdrawn"] as const
export const OPEN_STATUSES: readonly RequestStatus[] = ["received", "awaiting_verification", "in_progress"]
export const REQUEST_VERIFICATIONS = ["session", "email_link", "signed_document", "in_person", "id_checked"] as const

export type RequestRight = (typeof REQUEST_RIGHTS)[number]
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export type RequestVerification = (typeof REQUEST_VERIFICATIONS)[number]
export type RequestOutcome = "done" | "partial" | "no_data" | "refused" | "withdrawn"

export type RequestDeadline = {
  due_on: string
  first_due_on: string
  extended: boolean
  extended_at: string | null
  extension_reason: string | null
  paused: boolean
  paused_since: string | null
  paused_days: number
  overdue: boolean
  days_left: number | null
  extendable_until: string | null
}

export type KeptItem = { kind: "bookkeeping" | "consent_proof" | "request_records" | "access_log"; order?: string | number; until?: string | null }

export type DataSubjectRequest = {
  id: string
  reference: string
  rights: RequestRight[]
  channel: RequestChannel
  status: RequestStatus
  received_at: string
  received_on: string
  customer_id: string | null
  email: string | null
  language: string
  verification_method: RequestVerification | null
  verified_at: string | null
  deadline: RequestDeadline
  outcome: RequestOutcome | null
  kept: KeptItem[]
  answer_note: string | null
  refusal_reason: string | null
  closed_at: string | null
  created_by: { type: string; id: string | null }
  created_at: string
  updated_at: string
}

export type RequestEvent = {
  id: string
  kind: string
  from_status: RequestStatus | null
  to_status: RequestStatus | null
  actor: { type: string; id: string | null }
  occurred_at: string
  data: Record<string, unknown>
}

export type RequestLink = { kind: string; id: string; at: string; [key: string]: unknown }

export type RequestDetail = DataSubjectRequest & { timeline: RequestEvent[]; links: RequestLink[] }

export type RequestStats = {
  closed: number
  within_one_month: number
  within_three_months: number
  open: number
  overdue: number
  within_one_month_percent: number | null
  within_three_months_percent: number | null
}

export type RecordRequestBody = {
  rights: RequestRight[]
  channel: RequestChannel
  received_at?: string
  customer_id?: string
  email?: string
  language?: string
  verification_method?: RequestVerification
  note?: string
}

export type RequestFilters = {
  status?: RequestStatus
  open?: boolean
  overdue?: boolean
  right?: RequestRight
  channel?: RequestChannel
  customer_id?: string
}

const CHANNEL_LABELS: Record<RequestChannel, string> = {
  web_form: "Web form",
  account: "Customer account",
  email: "E-mail",
  letter: "Letter",
  phone: "Phone",
  in_person: "In person",
}

const VERIFICATION_LABELS: Record<RequestVerification, string> = {
  session: "Signed in to the account",
  email_link: "Link sent to the e-mail address",
  signed_document: "Signed letter or document",
  in_person: "In person",
  id_checked: "Identity document checked",
}

const STATUS_LABELS: Record<RequestStatus, string> = {
  received: "Received",
  awaiting_verification: "Waiting for identity",
  in_progress: "In progress",
  completed: "Completed",
  refused: "Refused",
  withdrawn: "Withdrawn",
}

export const requestChannelLabel = (channel: string) => CHANNEL_LABELS[channel as RequestChannel] ?? humanize(channel)
export const verificationLabel = (method: string | null) => (method ? VERIFICATION_LABELS[method as RequestVerification] ?? humanize(method) : "-")
export const requestStatusLabel = (status: string | null) => (status ? STATUS_LABELS[status as RequestStatus] ?? humanize(status) : "-")
export const rightsLabel = (rights: string[]) => rights.map(humanize).join(", ")
export const isOpen = (status: RequestStatus) => OPEN_STATUSES.includes(status)
