import { table } from "./build-entries"
import type { DataMapEntry } from "./types"

const COOKIE_CHOICES_LABEL = {
  en: "your cookie choices",
  nb: "valgene dine om informasjonskapsler",
  fi: "evästevalintasi",
  sv: "dina val om kakor",
}

/**
 * The cookie choices the banner recorded (ekomloven, 917/2014 § 205, GDPR
 * Art. 7(1)). Each is proof for `retention.consentProofYears` after it
 * expires: the period is counted from the record's creation as the choice's
 * own months plus the proof years (replaced from the options). A signed-in
 * customer's choices go with their erasure.
 */
export const cookieEntries: DataMapEntry[] = table(
  "privacy",
  "privacy_cookie_consent",
  {
    item: "cookie_choices",
    itemLabel: COOKIE_CHOICES_LABEL,
    category: "consent_proof",
    purposes: ["consent_proof"],
    source: "data_subject",
    recipients: ["hosting", "platform"],
    retention: { fixed: { months: 42 } },
    erasure: "delete",
    note: "A visitor's cookie choice on one revision of the declaration (ekomloven, 917/2014 § 205, GDPR Art. 7(1)).",
  },
  {
    consent_id: { category: "technical", source: "generated", note: "A random id the visitor's browser keeps; not derived from the person." },
    action: {},
    granted: {},
    refused: {},
    revision: { source: "generated" },
    language: {},
    expires_at: { source: "generated" },
    ip_prefix: { category: "technical", source: "generated", note: "Truncated to /24 (IPv4) or /48 (IPv6)." },
    user_agent: { category: "technical", source: "generated", note: "Reduced to the browser's name, major version and system." },
  }
)
