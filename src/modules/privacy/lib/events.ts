/** Events the plugin puts on Medusa's event bus, for integrations to subscribe to. */
export const PrivacyEvents = {
  PROFILE_CREATED: "privacy.profile.created",
  PROFILE_UPDATED: "privacy.profile.updated",
  CONSENT_GRANTED: "privacy.consent.granted",
  CONSENT_WITHDRAWN: "privacy.consent.withdrawn",
  EXPORT_REQUESTED: "privacy.export.requested",
  EXPORT_READY: "privacy.export.ready",
  EXPORT_FAILED: "privacy.export.failed",
  CUSTOMER_ERASED: "privacy.customer.erased",
  RETENTION_REQUESTED: "privacy.retention.requested",
  RETENTION_COMPLETED: "privacy.retention.completed",
  REQUEST_CREATED: "privacy.request.created",
  REQUEST_VERIFIED: "privacy.request.verified",
  REQUEST_EXTENDED: "privacy.request.extended",
  REQUEST_DUE_SOON: "privacy.request.due_soon",
  REQUEST_OVERDUE: "privacy.request.overdue",
  REQUEST_COMPLETED: "privacy.request.completed",
  REQUEST_REFUSED: "privacy.request.refused",
  REQUEST_WITHDRAWN: "privacy.request.withdrawn",
  /** A recipient must be told of a rectification, erasure or restriction (Art. 19): `{ task_id, recipient_id, change }`. */
  RECIPIENT_NOTIFY: "privacy.recipient.notify",
} as const

/**
 * Set as the metadata of the `customer.deleted` events the erasure emits: the
 * plugin's own subscribers to that event skip them, since the erasure has
 * already closed the consents and removed the exports.
 */
export const ERASURE_EVENT_SOURCE = { source: "privacy-erasure" } as const

export function fromErasure(metadata: unknown): boolean {
  return (metadata as { source?: unknown } | undefined)?.source === ERASURE_EVENT_SOURCE.source
}
