import { table } from "./build-entries"
import { cookieEntries } from "./cookie-entries"
import { disclosureEntries } from "./disclosure-entries"
import type { DataMapEntry } from "./types"

/** The plugin's own tables. Every column of them is mapped or declared in `not-personal.ts`. */
export const pluginEntries: DataMapEntry[] = [
  ...table(
    "privacy",
    "privacy_profile",
    {
      item: "customer_number",
      category: "identity",
      purposes: ["customer_relationship"],
      source: "data_subject",
      recipients: ["hosting", "platform"],
      retention: "relationship",
      erasure: "anonymize",
    },
    {
      customer_number: {
        purposes: ["customer_relationship", "consent_proof"],
        source: "generated",
        retention: "consent_proof",
        erasure: "keep_until_retention_ends",
        note: "The pseudonym the consent ledger keeps after erasure (GDPR Art. 7(1), Art. 4(5)).",
      },
      gender: { item: "gender", category: "demographic" },
      homepage_url: { item: "homepage", category: "contact" },
      language: { item: "language", category: "preference", purposes: ["customer_relationship", "communication"] },
      source: { item: "origin", category: "technical", source: "generated" },
      last_activity_at: {
        item: "activity",
        category: "technical",
        source: "generated",
        note: "Read by retention to decide when the customer relationship has ended.",
      },
    }
  ),
  ...table(
    "privacy",
    "privacy_profile_change",
    {
      item: "activity",
      category: "technical",
      purposes: ["customer_relationship"],
      source: "generated",
      recipients: ["hosting", "platform"],
      retention: "relationship",
      erasure: "delete",
      note: "Which profile fields changed, when, through which channel and by whom (no values).",
    },
    { fields: {}, channel: {}, actor_type: {}, actor_id: {} }
  ),
  ...table(
    "privacy",
    "privacy_email_history",
    {
      item: "email",
      category: "contact",
      purposes: ["customer_relationship"],
      source: "generated",
      recipients: ["hosting", "platform"],
      retention: "relationship",
      erasure: "delete",
      note: "Keyed hashes of the addresses a customer has had, so that an export or erasure also finds rows kept under an earlier address.",
      notExported: "A keyed hash that reveals nothing by itself; the addresses it stands for are exported where they are kept.",
    },
    { email_hash: {} }
  ),
  ...table(
    "privacy",
    "privacy_mailbox_confirmation",
    {
      item: "email",
      category: "contact",
      purposes: ["customer_relationship"],
      source: "data_subject",
      recipients: ["hosting", "platform"],
      retention: "relationship",
      erasure: "delete",
      note: "That the owner of an address confirmed it for the account (the join link), as a keyed hash: only then do guest checkouts and earlier messages under the address count as the account holder's.",
    },
    {
      email_hash: { notExported: "A keyed hash that reveals nothing by itself; the address it stands for is exported with the customer." },
      confirmed_at: {},
    }
  ),
  ...table(
    "privacy",
    "privacy_consent_subject",
    {
      item: "email",
      category: "contact",
      purposes: ["direct_marketing"],
      source: "data_subject",
      recipients: ["hosting", "platform", "email_service"],
      retention: "consent_proof",
      erasure: "anonymize",
      note: "Whose consents these are: a customer, or the e-mail of a subscriber without an account.",
    },
    {
      email: {},
      language: { item: "language", category: "preference" },
      // When the relationship ended: the start of the proof's own period, kept with it.
      closed_at: { item: "marketing_permissions", category: "consent_proof", source: "generated", erasure: "keep_until_retention_ends" },
    }
  ),
  ...table(
    "privacy",
    "privacy_consent_event",
    {
      item: "marketing_permissions",
      category: "consent_proof",
      purposes: ["consent_proof"],
      source: "data_subject",
      recipients: ["hosting", "platform"],
      retention: "consent_proof",
      erasure: "keep_until_retention_ends",
      note: "The append-only ledger that proves each consent and objection (GDPR Art. 7(1)).",
    },
    {
      purpose: {},
      channel: {},
      action: {},
      source: {},
      notice_version: {},
      notice_language: {},
      occurred_at: {},
      actor_type: { source: "generated" },
      actor_id: { source: "generated" },
      ip_prefix: { category: "technical", source: "generated", note: "Truncated to /24 (IPv4) or /48 (IPv6)." },
      user_agent: { category: "technical", source: "generated" },
      note: { item: "free_text", source: "staff", erasure: "anonymize" },
    }
  ),
  ...table(
    "privacy",
    "privacy_consent_state",
    {
      item: "marketing_permissions",
      category: "consent_proof",
      purposes: ["direct_marketing", "consent_proof"],
      source: "generated",
      recipients: ["hosting", "platform"],
      retention: "consent_proof",
      erasure: "keep_until_retention_ends",
      note: "The current consent per purpose and channel, projected from the ledger.",
    },
    { purpose: {}, channel: {}, granted: {}, source: {}, changed_at: {} }
  ),
  ...table(
    "privacy",
    "privacy_consent_confirmation",
    {
      item: "opt_in_confirmations",
      category: "consent_proof",
      purposes: ["direct_marketing"],
      source: "data_subject",
      recipients: ["hosting", "platform", "email_service"],
      retention: { fixed: { days: 90 } },
      erasure: "delete",
      note: "Pending double opt-ins; the link's token is kept only as a hash.",
    },
    {
      purpose: {},
      channel: {},
      source: {},
      notice_version: {},
      notice_language: {},
      ip_prefix: { category: "technical", source: "generated" },
      user_agent: { category: "technical", source: "generated" },
      expires_at: { category: "technical", source: "generated" },
      confirmed_at: {},
    }
  ),
  ...table(
    "privacy",
    "privacy_export",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "generated",
      recipients: ["hosting", "platform", "email_service"],
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "Proof that a request for access was answered, and when (GDPR Art. 5(2), 12(3)).",
    },
    {
      status: {},
      requested_by: {},
      verification: {},
      actor_type: {},
      actor_id: {},
      note: { item: "free_text", source: "staff", erasure: "anonymize" },
      // Kept with the request's record; an erasure of the address clears it (erasure-store.ts).
      email: {
        item: "email",
        category: "contact",
        source: "data_subject",
        notExported: "The address of a person without an account, where the link was sent; it is exported with their other records.",
      },
      language: { item: "language", category: "preference" },
      attempts: {},
      failure_reason: {},
      ready_at: {},
      expires_at: {},
      download_count: {},
      last_downloaded_at: {},
      file_key: { notExported: "Where the file is stored; the file itself is the export." },
      file_size: {},
      checksum: {},
    }
  ),
  ...table(
    "privacy",
    "privacy_erasure",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "staff",
      recipients: ["hosting", "platform"],
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "Proof that a request for erasure was carried out, and why (GDPR Art. 5(2), 17).",
      notExported: "Staff's reason for an erasure; an erased customer has nothing left to export.",
    },
    { reason: {} }
  ),
  ...table(
    "privacy",
    "privacy_access_log",
    {
      item: "staff_access",
      category: "technical",
      purposes: ["security"],
      source: "generated",
      recipients: ["hosting", "platform"],
      // Replaced by `retention.accessLogMonths` (see effective-map.ts).
      retention: { fixed: { months: 12 } },
      erasure: "keep_until_retention_ends",
      note: "Who among the staff reached which customer's data, when and why (GDPR Art. 5(2), 32; policy clause 10). Append-only and hash-chained.",
    },
    {
      occurred_at: {},
      action: {},
      route: {},
      outcome: {},
      purpose: { source: "staff" },
      actor_id: {
        category: "identity",
        notExported: "The staff member: a customer is told when and why their data was consulted, not by whom (CJEU C-579/21).",
      },
      role: { notExported: "The staff member's role: about the employee, not the customer (CJEU C-579/21)." },
      ip_prefix: { notExported: "The staff member's network, not the customer's." },
      customer_ids: { notExported: "A list's entry also names the other customers it showed; this customer's entries are exported." },
    }
  ),
  ...table(
    "privacy",
    "privacy_request",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "data_subject",
      recipients: ["hosting", "platform", "email_service"],
      // Replaced by `retention.requestRecordYears`, counted from the request's closing (see effective-map.ts).
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "What a person asked under GDPR Art. 15-21, when it reached the shop, its deadline and how it was answered (Art. 5(2), 12(3)-(4)).",
    },
    {
      reference: { source: "generated" },
      rights: {},
      channel: {},
      status: { source: "generated" },
      received_at: {},
      received_on: {},
      // Part of the request's record (the notice lists it there): the address the answer went to.
      email: {
        category: "contact",
        note: "The address the answer goes to, kept with the request as proof of whom it was answered (Art. 5(2)).",
      },
      language: { item: "language", category: "preference" },
      verification_method: { source: "staff" },
      verified_at: { source: "generated" },
      paused_since: { source: "generated" },
      pauses: { source: "generated" },
      first_due_on: { source: "generated" },
      due_on: { source: "generated" },
      extended_at: { source: "staff" },
      extension_reason: { source: "staff" },
      outcome: { source: "staff" },
      kept: { source: "generated" },
      answer_note: { source: "staff" },
      refusal_reason: { source: "staff" },
      closed_at: { source: "generated" },
      created_by_type: { source: "generated" },
      created_by_id: { source: "generated", notExported: "The staff member who recorded it: about the employee, not the customer (CJEU C-579/21)." },
      reminded_on: { source: "generated", notExported: "When officers were last reminded of it: the shop's own workflow." },
    }
  ),
  ...table(
    "privacy",
    "privacy_request_event",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "generated",
      recipients: ["hosting", "platform"],
      // Deleted with its request (see effective-map.ts).
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "The timeline of a request: each change of status, what was done for it, and staff notes.",
    },
    {
      kind: {},
      from_status: {},
      to_status: {},
      occurred_at: {},
      data: { source: "staff" },
      actor_id: { notExported: "The staff member: a person is told what was done for their request, not by whom (CJEU C-579/21)." },
    }
  ),
  ...table(
    "privacy",
    "privacy_restriction",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "staff",
      recipients: ["hosting", "platform"],
      // Replaced by `retention.requestRecordYears`, counted from when it was lifted (see effective-map.ts).
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "A restriction of processing (GDPR Art. 18): while it stands, no marketing and no erasure by retention.",
    },
    {
      reason: {},
      started_at: {},
      lifted_at: {},
      email_hash: { item: "email", category: "contact", source: "generated", notExported: "A keyed hash of the address, not the address." },
      started_by: { notExported: "The staff member who restricted it (CJEU C-579/21)." },
      lifted_by: { notExported: "The staff member who lifted it (CJEU C-579/21)." },
    }
  ),
  ...disclosureEntries,
  ...cookieEntries,
]
