import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

type Raw = { raw: (sql: string, bindings: unknown[]) => PromiseLike<unknown> }

/**
 * Runs a statement in the manager's transaction with its values bound by the
 * driver. MikroORM's `execute` writes the values into the statement text
 * first, escaping them character by character: for the JSON list of a batch
 * of 10,000 erasures that is over 100 MB of short-lived strings, and the
 * garbage collection it causes costs more than the statement.
 */
export async function executeBound(manager: SqlEntityManager, sql: string, bindings: unknown[]): Promise<void> {
  const target = (manager.getTransactionContext() as Raw | undefined) ?? (manager.getKnex() as unknown as Raw)
  await target.raw(sql, bindings)
}
