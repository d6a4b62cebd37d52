import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { defineSection, pick } from "../types"

const STATE = ["purpose", "channel", "granted", "source", "changed_at"] as const
const HISTORY = [
  "occurred_at", "purpose", "channel", "action", "source", "notice_version", "notice_language",
  "actor_type", "actor_id", "note", "ip_prefix", "user_agent",
] as const
const CONFIRMATIONS = [
  "created_at", "purpose", "channel", "source", "notice_version", "notice_language", "ip_prefix", "user_agent",
  "expires_at", "confirmed_at",
] as const

/** The customer's consents and the whole ledger behind them, including history joined from before they registered. */
export const consentsSection = defineSection({
  key: "consents",
  many: false,
  tables: ["privacy_consent_subject", "privacy_consent_event", "privacy_consent_state", "privacy_consent_confirmation"],
  async *records({ container, customer_id }) {
    const overview = await container
      .resolve<PrivacyModuleService>(PRIVACY_MODULE)
      .getConsentOverview({ customer_id }, { historyLimit: 100_000 })
    yield {
      address: overview.subject?.email ?? null,
      language: overview.subject?.language ?? null,
      state: overview.states.map((state) => pick(state as unknown as Record<string, unknown>, STATE)),
      history: overview.history.map((event) => pick(event as unknown as Record<string, unknown>, HISTORY)),
      double_opt_ins: (overview.confirmations as Record<string, unknown>[]).map((row) => pick(row, CONFIRMATIONS)),
    }
  },
  csv: [
    { name: "consents", columns: STATE, rows: (record) => record.state as Record<string, unknown>[] },
    { name: "consent_history", columns: HISTORY, rows: (record) => record.history as Record<string, unknown>[] },
    { name: "double_opt_ins", columns: CONFIRMATIONS, rows: (record) => record.double_opt_ins as Record<string, unknown>[] },
  ],
})
