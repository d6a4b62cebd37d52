/**
 * The plugin's own staff roles (Medusa's open-source core has none):
 * `privacy_officer` may do everything the plugin offers, `privacy_agent`
 * handles day-to-day requests but cannot erase, download the audience, start
 * retention runs, read the access log or change roles.
 */
export const STAFF_ROLES = ["privacy_officer", "privacy_agent"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** An officer may do whatever an agent may. */
const RANK: Record<StaffRole, number> = { privacy_agent: 1, privacy_officer: 2 }

/** Whether a holder of `role` (or of none) may do what needs `needed`. */
export function roleSatisfies(role: StaffRole | null, needed: StaffRole): boolean {
  return role !== null && RANK[role] >= RANK[needed]
}
