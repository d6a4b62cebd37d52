import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * Records customers' addresses as keyed hashes. Raw SQL because the hash is
 * computed by the database, with the same lower-casing the processors use to
 * match rows against it (processors/sets.ts), and an address seen again is
 * skipped by the unique index in the same statement.
 */
export async function recordAddresses(
  manager: SqlEntityManager,
  key: string,
  customers: { customer_id: string; email: string }[]
): Promise<number> {
  if (!customers.length) {
    return 0
  }
  const rows = customers.map((customer) => ({ ...customer, id: generateEntityId(undefined, "pemh") }))
  const inserted: unknown[] = await manager.execute(
    `INSERT INTO privacy_email_history (id, customer_id, email_hash)
     SELECT r.id, r.customer_id, encode(sha256(convert_to(? || lower(trim(r.email)), 'UTF8')), 'hex')
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, customer_id text, email text)
      WHERE trim(r.email) <> ''
     ON CONFLICT (customer_id, email_hash) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [key, JSON.stringify(rows)]
  )
  return inserted.length
}
