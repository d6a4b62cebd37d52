import { table } from "./build-entries"
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
      recipients: ["technical_operation"],
      retention: "relationship",
      erasure: "anonymize",
    },
    {
      customer_number: {
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
      recipients: ["technical_operation"],
      retention: "relationship",
      erasure: "delete",
      note: "Which profile fields changed, when, through which channel and by whom (no values).",
    },
    { fields: {}, channel: {}, actor_type: {}, actor_id: {} }
  ),
]
