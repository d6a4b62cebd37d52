import type PrivacyModuleService from "../modules/privacy/service"
import { fixedPeriodTables } from "./erasure-plan"
import type { ErasureSettings } from "./erase-customers"

type Sql = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[]; rowCount?: number }> }

/**
 * Deletes the rows of tables whose every data-map entry has a fixed period
 * (notifications, double opt-ins, old export and erasure records) once they
 * are older than it. The privacy module deletes its own records; the tables of
 * other modules (Medusa's notifications) are deleted here. Answers the rows
 * deleted per table.
 */
export async function deleteExpiredRows(db: Sql, privacy: PrivacyModuleService, settings: ErasureSettings, now: Date): Promise<Record<string, number>> {
  const periods = fixedPeriodTables(settings.entries)
  const own = periods.filter(({ table }) => privacy.ownsTable(table))
  const deleted: Record<string, number> = await privacy.deleteExpiredRecords(own, now)
  for (const { table, months, days } of periods.filter((period) => !own.includes(period))) {
    const { rows } = await db.raw(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'created_at'`,
      [table]
    )
    if (!rows.length) {
      continue
    }
    const interval = months ? `make_interval(months => ${months})` : `make_interval(days => ${days})`
    const result = await db.raw(`DELETE FROM "${table.replace(/"/g, '""')}" WHERE created_at < ?::timestamptz - ${interval}`, [now.toISOString()])
    if (result.rowCount) {
      deleted[table] = result.rowCount
    }
  }
  return deleted
}
