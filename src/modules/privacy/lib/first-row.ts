import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The first row of a raw query, or undefined. */
export async function firstRow<T>(manager: SqlEntityManager, sql: string, params: unknown[]): Promise<T | undefined> {
  const rows: T[] = await manager.execute(sql, params as never[])
  return rows[0]
}
