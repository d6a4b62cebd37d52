import type { Sql } from "./types"

/** The form addresses are compared in across the person's sets (person.ts). */
export const normalizeAddress = (email: string): string => email.trim().toLowerCase()

/**
 * Whether an address is the address of a customer account. Such an address
 * is served through the account (its person includes the guest rows only
 * once the mailbox confirmed them), never as a person without one: the
 * account's holder and whoever verifies the address need not be the same.
 */
export async function addressHasAccount(sql: Sql, email: string): Promise<boolean> {
  const { rows } = await sql.raw(
    `SELECT EXISTS (
       SELECT 1 FROM customer c
        WHERE c.has_account = true AND c.deleted_at IS NULL AND c.email IS NOT NULL AND lower(trim(c.email)) = ?
     ) AS found`,
    [normalizeAddress(email)]
  )
  return !!rows[0]?.found
}
