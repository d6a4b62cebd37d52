import type { Sql } from "./types"

/**
 * Whether Medusa keeps guest customer rows (guest checkouts, carts) under the
 * address, besides the account: they join the account only once its mailbox
 * confirmed the address (person.ts), so the join link is sent for them too.
 */
export async function hasGuestRows(sql: Sql, input: { customer_id: string; email: string }): Promise<boolean> {
  const { rows } = await sql.raw(
    `SELECT EXISTS (
       SELECT 1 FROM customer g
        WHERE g.has_account = false AND g.id <> ? AND g.email IS NOT NULL AND lower(g.email) = lower(?)
     ) AS found`,
    [input.customer_id, input.email]
  )
  return !!rows[0]?.found
}
