import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"

/**
 * Records that the mailbox confirmed an address as the account's, as the same
 * keyed hash the address history keeps (email-history-store.ts), so the
 * processors match guest rows and messages against it. Answers the id of the
 * new record, or null when the address was confirmed for the account before.
 */
export async function recordMailboxConfirmation(
  manager: SqlEntityManager,
  key: string,
  input: { customer_id: string; email: string; confirmed_at: Date }
): Promise<string | null> {
  const [row] = await manager.execute(
    `INSERT INTO privacy_mailbox_confirmation (id, customer_id, email_hash, confirmed_at)
     VALUES (?, ?, encode(sha256(convert_to(? || lower(trim(?)), 'UTF8')), 'hex'), ?)
     ON CONFLICT (customer_id, email_hash) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [generateEntityId(undefined, "pmbc"), input.customer_id, key, input.email, input.confirmed_at]
  )
  return (row?.id as string | undefined) ?? null
}

export async function deleteMailboxConfirmation(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(`DELETE FROM privacy_mailbox_confirmation WHERE id = ?`, [id])
}
