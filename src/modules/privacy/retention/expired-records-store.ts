import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { pruneEntries } from "../access-log/access-log-store"
import { deleteClosedRequests } from "../requests/request-store"
import { deleteLiftedRestrictions } from "../requests/restriction-store"

export type FixedPeriod = { table: string; months?: number; days?: number }

/**
 * Deletes the rows of a table older than its fixed period, counted from their
 * creation; a table without `created_at` is left alone. The table name and the
 * period come from the validated data map, never from a request, and are
 * quoted or checked as whole numbers before they reach the statement. The
 * access log is append-only and chained: it is pruned from its start instead.
 * Request records count from their closing, restrictions from their lifting.
 */
export async function deleteExpiredRows(manager: SqlEntityManager, { table, months, days }: FixedPeriod, now: Date): Promise<number> {
  if (table === "privacy_access_log") {
    return months ? pruneEntries(manager, months, now) : 0
  }
  // Requests are kept for their period after they close, open ones always; their timelines go with them.
  if (table === "privacy_request") {
    return months ? deleteClosedRequests(manager, months, now) : 0
  }
  if (table === "privacy_request_event") {
    return 0
  }
  if (table === "privacy_restriction") {
    return months ? deleteLiftedRestrictions(manager, months, now) : 0
  }
  const columns: unknown[] = await manager.execute(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'created_at'`,
    [table]
  )
  if (!columns.length) {
    return 0
  }
  const interval = months ? `make_interval(months => ${Math.trunc(months)})` : `make_interval(days => ${Math.trunc(days ?? 0)})`
  const [deleted] = await manager.execute(
    `WITH gone AS (DELETE FROM "${table.replace(/"/g, '""')}" WHERE created_at < ?::timestamptz - ${interval} RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now.toISOString()]
  )
  return deleted.n
}
