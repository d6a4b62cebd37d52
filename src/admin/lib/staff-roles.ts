import type { StaffRole } from "../hooks/staff"

export const ROLE_LABELS: Record<StaffRole, string> = { privacy_officer: "Privacy officer", privacy_agent: "Privacy agent" }

export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  privacy_officer: "Everything: erasure, the marketing audience, retention runs and granting roles.",
  privacy_agent: "Reads customers' privacy data, records consents, requests exports and makes dry runs; cannot erase.",
}
