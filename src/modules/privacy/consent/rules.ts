import type { ConsentSource } from "../lib/constants"

/**
 * GDPR Art. 21(3): after an objection to direct marketing the data may no
 * longer be used for it. Only the person's own, verified act undoes that: a
 * grant while signed in, or the confirmation of a double opt-in. Staff,
 * imports and an unconfirmed sign-up form cannot.
 */
const SIGNED_IN_GRANTS: ReadonlySet<ConsentSource> = new Set(["account", "storefront", "checkout"])

export function mayGrantAfterWithdrawal(source: ConsentSource, actorType: string): boolean {
  if (source === "double_opt_in") {
    return actorType === "subject" || actorType === "customer"
  }
  return SIGNED_IN_GRANTS.has(source) && actorType === "customer"
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
