import type { InferTypeOf } from "@medusajs/framework/types"
import type PrivacyProfile from "./models/privacy-profile"
import type { ConsentEventRow, ConsentStateRow } from "./consent/ledger-store"
import type { SubjectRow } from "./consent/subject-store"
import type {
  ConsentAction,
  ConsentActorType,
  ConsentChannel,
  ConsentSource,
  CustomerSource,
} from "./lib/constants"

/** Whose consent: a customer, a subscriber by e-mail, or a known consent subject. */
export type ConsentSubjectRef =
  | { customer_id: string; email?: string | null; language?: string | null }
  | { email: string; language?: string | null }
  | { subject_id: string }

export type RequestMetadata = { ip_prefix?: string | null; user_agent?: string | null }

export type RecordConsentInput = RequestMetadata & {
  subject: ConsentSubjectRef
  purpose: string
  channel: ConsentChannel
  action: ConsentAction
  source: ConsentSource
  actor: { type: ConsentActorType; id?: string | null }
  notice_version?: string | null
  notice_language?: string | null
  note?: string | null
}

export type RecordedConsent = {
  subject: SubjectRow
  event: ConsentEventRow
  state: ConsentStateRow
  /** True when nothing was appended: a replayed unsubscribe link met a consent already withdrawn. */
  unchanged?: boolean
}

export type PrivacyProfileDTO = InferTypeOf<typeof PrivacyProfile>

export type NewProfileInput = {
  customer_id: string
  source: CustomerSource
  language?: string
  last_activity_at?: Date | null
}
