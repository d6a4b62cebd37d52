/** The person's sets as SQL: temporary tables of the current transaction (person.ts). */
export const CUSTOMERS = `(SELECT id FROM privacy_person_customer)`
export const ORDERS = `(SELECT id FROM privacy_person_order)`
export const CARTS = `(SELECT id FROM privacy_person_cart)`
export const PAYMENT_COLLECTIONS = `(SELECT id FROM privacy_person_payment_collection)`
export const FULFILLMENTS = `(SELECT id FROM privacy_person_fulfillment)`
export const AUTH_IDENTITIES = `(SELECT id FROM privacy_person_auth_identity)`
/** Sign-ins that belong to the person alone; a shared one also signs in a staff user. */
export const OWN_AUTH_IDENTITIES = `(SELECT id FROM privacy_person_auth_identity WHERE NOT shared)`
export const SUBJECTS = `(SELECT id FROM privacy_person_subject)`
export const EMAILS = `(SELECT email FROM privacy_person_email)`
export const OLD_EMAILS = `(SELECT hash FROM privacy_person_old_email)`
/** The keyed hashes of the addresses whose mailbox confirmed them for one of the accounts (the join link). */
export const CONFIRMED = `(SELECT hash FROM privacy_person_confirmed)`

/** The keyed hash of an address, as recorded in privacy_email_history (lib/email-hash.ts computes the same). */
export const emailHash = (column: string) =>
  `encode(sha256(convert_to(current_setting('privacy.email_key') || lower(trim(${column})), 'UTF8')), 'hex')`

/**
 * Rows kept under one of the person's addresses: current ones compared as
 * they are stored (lower case), earlier ones by their keyed hash, which is
 * only computed when the person had an earlier address.
 */
export function byAddress(column: string, sets: { empty: (set: "email" | "old_email") => boolean }): string | null {
  const parts: string[] = []
  if (!sets.empty("email")) {
    parts.push(`lower(${column}) IN ${EMAILS}`)
  }
  if (!sets.empty("old_email")) {
    parts.push(`(${column} IS NOT NULL AND ${emailHash(column)} IN ${OLD_EMAILS})`)
  }
  return parts.length ? parts.join(" OR ") : null
}

/**
 * A message found by address is the person's when it was sent under the
 * address of one of the accounts at or after the account was opened, or the
 * mailbox confirmed the address for the account: anyone can register with an
 * address, and what was sent to it before belongs to its owner. Under a
 * verified address without an account, everything sent to it is its owner's.
 */
export function sentToAccount(column: string, createdAt: string): string {
  return `(EXISTS (SELECT 1 FROM privacy_person_account a WHERE a.opened_at <= ${createdAt}
             AND (a.email = lower(${column})
                  OR EXISTS (SELECT 1 FROM privacy_person_old_email o WHERE o.account_id = a.id AND o.hash = ${emailHash(column)})))
           OR ${emailHash(column)} IN ${CONFIRMED}
           OR lower(${column}) IN (SELECT email FROM privacy_person_address))`
}

/**
 * One column of the link row that joins `key = value` in a link table. Medusa's
 * indexes on link tables only cover live rows (`deleted_at IS NULL`), so the
 * live link is asked first; a link removed since is looked up without them.
 */
export function linkedValue(table: string, column: string, key: string, value: string, order = ""): string {
  const pick = (live: boolean) =>
    `(SELECT l.${column} FROM ${table} l WHERE l.${key} = ${value}${live ? " AND l.deleted_at IS NULL" : ""}${order} LIMIT 1)`
  return `coalesce(${pick(true)}, ${pick(false)})`
}

/** A condition that reads one set: null when the set is empty. */
export const when = (sets: { empty: (set: any) => boolean }, set: string, condition: string): string | null =>
  sets.empty(set) ? null : condition

/** Any of the conditions that apply. */
export function anyOf(...conditions: (string | null)[]): string | null {
  const live = conditions.filter((condition): condition is string => !!condition)
  return live.length ? live.map((condition) => `(${condition})`).join(" OR ") : null
}
