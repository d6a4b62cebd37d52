import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { keysetPages } from "../paging"
import { defineSection, pick, type ExportContext } from "../types"

const STATE = ["purpose", "channel", "granted", "source", "changed_at"] as const
const HISTORY = [
  "occurred_at", "purpose", "channel", "action", "source", "notice_version", "notice_language",
  "actor_type", "actor_id", "note", "ip_prefix", "user_agent",
] as const
const CONFIRMATIONS = [
  "created_at", "purpose", "channel", "source", "notice_version", "notice_language", "ip_prefix", "user_agent",
  "expires_at", "confirmed_at",
] as const

const privacyOf = (container: ExportContext["container"]) => container.resolve<PrivacyModuleService>(PRIVACY_MODULE)

/** The address and language the consents are kept under, and the current state per purpose and channel. */
export const consentsSection = defineSection({
  key: "consents",
  many: false,
  tables: ["privacy_consent_subject", "privacy_consent_state"],
  async *records({ container, customer_id }) {
    const overview = await privacyOf(container).getConsentOverview({ customer_id }, { historyLimit: 0, withConfirmations: false })
    yield {
      address: overview.subject?.email ?? null,
      language: overview.subject?.language ?? null,
      closed_at: overview.subject?.closed_at ?? null,
      state: overview.states.map((state) => pick(state as unknown as Record<string, unknown>, STATE)),
    }
  },
  csv: [{ name: "consents", columns: STATE, rows: (record) => record.state as Record<string, unknown>[] }],
})

/** The whole ledger, oldest first, including history joined from before the customer registered: the proof of Art. 7(1). */
export const consentHistorySection = defineSection({
  key: "consent_history",
  many: true,
  tables: ["privacy_consent_event"],
  async *records({ container, customer_id, pageSize }) {
    const privacy = privacyOf(container)
    const { subject } = await privacy.getConsentOverview({ customer_id }, { historyLimit: 0, withConfirmations: false })
    if (!subject) {
      return
    }
    const pages = keysetPages(
      (after: number | undefined) => privacy.listConsentHistoryPage({ subject_id: subject.id, after_seq: after, limit: pageSize }),
      (event) => Number(event.seq),
      pageSize
    )
    for await (const events of pages) {
      yield* events.map((event) => pick(event as unknown as Record<string, unknown>, HISTORY))
    }
  },
  csv: [{ name: "consent_history", columns: HISTORY, rows: (record) => [record] }],
})

/** Sign-ups by e-mail confirmation (double opt-in), confirmed or not; never the link's token. */
export const doubleOptInsSection = defineSection({
  key: "double_opt_ins",
  many: true,
  tables: ["privacy_consent_confirmation"],
  async *records({ container, customer_id, pageSize }) {
    const privacy = privacyOf(container)
    const { subject } = await privacy.getConsentOverview({ customer_id }, { historyLimit: 0, withConfirmations: false })
    if (!subject) {
      return
    }
    const pages = keysetPages(
      (after: string | undefined) => privacy.listConsentConfirmationsPage({ subject_id: subject.id, after_id: after, limit: pageSize }),
      (row) => row.id as string,
      pageSize
    )
    for await (const rows of pages) {
      yield* rows.map((row) => pick(row, CONFIRMATIONS))
    }
  },
  csv: [{ name: "double_opt_ins", columns: CONFIRMATIONS, rows: (record) => [record] }],
})
