import { table } from "./build-entries"
import type { DataMapEntry } from "./types"

const DISCLOSURES_LABEL = {
  en: "who received your data, when and what",
  nb: "hvem som har mottatt opplysningene dine, når og hva",
  fi: "kenelle tietojasi on luovutettu, milloin ja mitä",
  sv: "vem som har fått dina uppgifter, när och vilka",
}

/**
 * The disclosure log and the Art. 19 tasks. That a recipient received the
 * person's data is kept as long as the order it went with is kept for
 * bookkeeping (the log proves where the voucher's data went); the free texts
 * staff wrote go when the relationship ends, so what stays is pseudonymous.
 * Disclosures without an order are deleted after `retention.disclosureLogYears`.
 */
export const disclosureEntries: DataMapEntry[] = [
  ...table(
    "privacy",
    "privacy_disclosure",
    {
      item: "disclosures",
      category: "transaction",
      purposes: ["request_records"],
      source: "generated",
      recipients: ["hosting", "platform"],
      retention: "bookkeeping",
      erasure: "keep_until_retention_ends",
      note: "A disclosure to a recipient of the register (GDPR Art. 15(1)(c), 19, 30(1)(d); CJEU C-154/21).",
    },
    {
      recipient_name: { itemLabel: DISCLOSURES_LABEL },
      reference: { item: "free_text", source: "staff", retention: "relationship", erasure: "anonymize", note: "The recipient's or authority's case number." },
      legal_reference: { item: "free_text", source: "staff", retention: "relationship", erasure: "anonymize", note: "The provision an authority relied on." },
      note: { item: "free_text", source: "staff", retention: "relationship", erasure: "anonymize", note: "Staff's note on a disclosure recorded by hand." },
    }
  ),
  ...table(
    "privacy",
    "privacy_recipient_task",
    {
      item: "data_requests",
      category: "technical",
      purposes: ["request_records"],
      source: "generated",
      recipients: ["hosting", "platform"],
      // Proof that the recipients were told (Art. 5(2), 19): replaced by `retention.requestRecordYears`.
      retention: { fixed: { months: 36 } },
      erasure: "keep_until_retention_ends",
      note: "A recipient to tell about a rectification, erasure or restriction (GDPR Art. 19).",
    },
    {
      change: {},
      status: {},
      reason: { source: "staff", notExported: "The officer's reason for not telling the recipient: the shop's assessment." },
      closed_at: {},
    }
  ),
]
