import { CONSENT_CHANNELS } from "../../modules/privacy/lib/constants"
import type PrivacyModuleService from "../../modules/privacy/service"

type Overview = Awaited<ReturnType<PrivacyModuleService["getConsentOverview"]>>

/**
 * Every purpose on every channel, granted or not (no record means no
 * consent), and the ledger newest first.
 */
export function consentResponse(privacy: PrivacyModuleService, overview: Overview, { forStaff = false } = {}) {
  const purposes = privacy.getOptions().consent.purposes.map((purpose) => purpose.key)
  const consents = purposes.flatMap((purpose) =>
    CONSENT_CHANNELS.map((channel) => {
      const state = overview.states.find((candidate) => candidate.purpose === purpose && candidate.channel === channel)
      return {
        purpose,
        channel,
        granted: state?.granted ?? false,
        source: state?.source ?? null,
        changed_at: state?.changed_at ?? null,
      }
    })
  )
  const history = overview.history.map((event) => ({
    id: event.id,
    purpose: event.purpose,
    channel: event.channel,
    action: event.action,
    source: event.source,
    occurred_at: event.occurred_at,
    notice_version: event.notice_version,
    notice_language: event.notice_language,
    actor_type: event.actor_type,
    ...(forStaff ? { actor_id: event.actor_id, note: event.note, ip_prefix: event.ip_prefix, user_agent: event.user_agent } : {}),
  }))
  return { consents, history }
}
