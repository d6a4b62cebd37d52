import type { DataMapEntry } from "../data-map/types"

/**
 * The records a storage period governs, as a customer knows them: the same
 * e-mail address lives in the account, in orders, in the message log and in
 * the consent proof, each for its own time. Every period of the notice names
 * its record (GDPR Art. 13(2)(a)).
 */
export const NOTICE_RECORDS = [
  "customer_account",
  "carts",
  "orders",
  "returns",
  "deliveries",
  "payments",
  "payment_sessions",
  "messages",
  "consent_proof",
  "opt_in_confirmations",
  "request_records",
  "access_log",
  "other",
] as const
export type NoticeRecord = (typeof NOTICE_RECORDS)[number]

const TABLE_RECORDS: Record<string, NoticeRecord> = {
  ...Object.fromEntries(
    [
      "customer", "customer_address", "customer_group_customer", "provider_identity", "auth_identity",
      "auth_password_reset_token", "auth_verification", "auth_mfa_factor", "workflow_execution",
      "privacy_profile", "privacy_profile_change", "privacy_email_history", "privacy_mailbox_confirmation",
    ].map((table) => [table, "customer_account"])
  ),
  ...Object.fromEntries(["cart", "cart_address", "cart_line_item", "cart_shipping_method", "credit_line"].map((table) => [table, "carts"])),
  ...Object.fromEntries(
    [
      "order", "order_address", "order_line_item", "order_line_item_adjustment", "order_shipping_method", "order_item",
      "order_credit_line", "order_change", "order_change_action",
    ].map((table) => [table, "orders"])
  ),
  ...Object.fromEntries(
    ["return", "return_item", "order_claim", "order_exchange", "order_claim_item_image", "order_claim_item", "order_exchange_item"].map(
      (table) => [table, "returns"]
    )
  ),
  ...Object.fromEntries(["fulfillment", "fulfillment_label", "fulfillment_address"].map((table) => [table, "deliveries"])),
  ...Object.fromEntries(["payment", "payment_collection", "capture", "refund"].map((table) => [table, "payments"])),
  ...Object.fromEntries(["payment_session", "account_holder"].map((table) => [table, "payment_sessions"])),
  notification: "messages",
  ...Object.fromEntries(["privacy_consent_subject", "privacy_consent_event", "privacy_consent_state"].map((table) => [table, "consent_proof"])),
  privacy_consent_confirmation: "opt_in_confirmations",
  privacy_export: "request_records",
  privacy_erasure: "request_records",
  ...Object.fromEntries(["privacy_request", "privacy_request_event", "privacy_restriction"].map((table) => [table, "request_records"])),
  privacy_access_log: "access_log",
  // Kept with the orders it went out with; the tasks prove Art. 19 was followed, like the request records.
  privacy_disclosure: "orders",
  privacy_recipient_task: "request_records",
  privacy_cookie_consent: "consent_proof",
}

/** Fields that live in one table but belong, for the customer, to another record. */
const ENTRY_RECORDS: Record<string, NoticeRecord> = {
  // The pseudonym the consent proof is kept under after erasure.
  "privacy_profile.customer_number": "consent_proof",
  // The carrier's data for the chosen delivery option, not a voucher.
  "order_shipping_method.data": "deliveries",
}

export function recordOf(entry: Pick<DataMapEntry, "id" | "table">): NoticeRecord {
  return ENTRY_RECORDS[entry.id] ?? TABLE_RECORDS[entry.table] ?? "other"
}

/**
 * How long an entry is really kept, as the retention code treats it
 * (src/retention/erasure-plan.ts): `delete` and `anonymize` entries go when
 * the relationship ends whatever their own period, so a fixed period is then
 * "at most"; only `keep_until_retention_ends` outlasts the relationship.
 * Bookkeeping data is anonymised when its period ends (`bookkeepingRelease`),
 * consent proof and fixed-period rows are deleted.
 */
export type EffectiveRetention =
  | { kind: "relationship" }
  | { kind: "bookkeeping" }
  | { kind: "consent_proof" }
  | { kind: "fixed"; amount: number; unit: "months" | "days"; orRelationship: boolean }

export function effectiveRetention(entry: Pick<DataMapEntry, "retention" | "erasure">): EffectiveRetention {
  const kept = entry.erasure === "keep_until_retention_ends"
  const rule = entry.retention
  if (rule === "relationship" || ((rule === "consent_proof" || rule === "bookkeeping") && !kept)) {
    return { kind: "relationship" }
  }
  if (rule === "bookkeeping" || rule === "consent_proof") {
    return { kind: rule }
  }
  return "months" in rule.fixed
    ? { kind: "fixed", amount: rule.fixed.months, unit: "months", orRelationship: !kept }
    : { kind: "fixed", amount: rule.fixed.days, unit: "days", orRelationship: !kept }
}

export function effectiveRetentionKey(retention: EffectiveRetention): string {
  return retention.kind === "fixed" ? `fixed:${retention.unit}:${retention.amount}:${retention.orRelationship ? "or-relationship" : "kept"}` : retention.kind
}
