import { byColumn, byCondition } from "./define"
import { anyOf, CUSTOMERS, when } from "./sets"
import type { Processor } from "./types"

/** The plugin's own tables. */
export const privacyProcessors = [
  byColumn("privacy_profile", "privacy_profile", "customer", "customer_id", {
    relations: { customer_id: "t.customer_id" },
    marksErased: {
      relationship_ended_at: "coalesce(t.relationship_ended_at, $now)",
      erased_at: "coalesce(t.erased_at, $now)",
      erasure_warning_sent_at: "NULL",
    },
  }),
  byColumn("privacy_profile_change", "profile_changes", "customer", "customer_id", { relations: { customer_id: "t.customer_id" } }),
  byColumn("privacy_email_history", "privacy_profile", "customer", "customer_id"),
  byColumn("privacy_mailbox_confirmation", "privacy_profile", "customer", "customer_id"),
  byColumn("privacy_consent_subject", "consents", "subject", "id", {
    relations: { customer_id: "t.customer_id", merged_into_id: "t.merged_into_id" },
    // Closed when erased: the time is the erasure's, no longer the person's activity.
    marksErased: { closed_at: "$now" },
  }),
  byColumn("privacy_consent_state", "consents", "subject", "subject_id", { relations: { subject_id: "t.subject_id" } }),
  byColumn("privacy_consent_event", "consent_history", "subject", "subject_id", { relations: { subject_id: "t.subject_id", seq: "t.seq" } }),
  byColumn("privacy_consent_confirmation", "double_opt_ins", "subject", "subject_id", { relations: { subject_id: "t.subject_id" } }),
  // A customer's, or one of a verified address without an account (person.ts), whose link went to that address.
  {
    table: "privacy_export",
    section: "privacy_exports",
    finds: (sets) =>
      anyOf(
        when(sets, "customer", `t.customer_id IN ${CUSTOMERS}`),
        when(sets, "address", `t.customer_id IS NULL AND lower(trim(t.email)) IN (SELECT email FROM privacy_person_address)`)
      ),
    relations: { status: "t.status" },
  } satisfies Processor,
  byColumn("privacy_erasure", "privacy_exports", "customer", "customer_id", { relations: { status: "t.status" } }),
  // Kept for its own period whatever happens to the customer: it proves who reached the data, erasures included.
  byCondition("privacy_access_log", "staff_access", "customer", "t.customer_ids && ARRAY(SELECT id FROM privacy_person_customer)"),
]
