import { neutralValue, readColumnInfo, type ColumnInfo } from "./column-info"
import { scopeIsEmpty, scopeOf, type Sql } from "./erasure-scope"
import type { TableErasure } from "./erasure-plan"

export type TableCount = { table: string; action: "delete" | "anonymize" | "keep"; columns: string[]; rows: number }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

type Prepared = { plan: TableErasure; scope: string; set: string[]; cleared: string[] }

/** Joins each plan with its table's scope and the value each column gets; tables not in this database are skipped. */
async function prepare(sql: Sql, plans: TableErasure[], subjectColumns: Record<string, string>, emptySets: Set<string>): Promise<Prepared[]> {
  const columns: Map<string, ColumnInfo> = await readColumnInfo(sql, plans.map((plan) => plan.table))
  const prepared: Prepared[] = []
  for (const plan of plans) {
    const scope = scopeOf(plan.table, subjectColumns)
    if (!scope) {
      throw new Error(`The data map names table ${plan.table}, but erasure does not know how to find a customer's rows in it`)
    }
    const set: string[] = []
    const cleared: string[] = []
    for (const column of plan.anonymize) {
      const info = columns.get(`${plan.table}.${column}`)
      const value = info && neutralValue(info)
      if (value) {
        set.push(`${quote(column)} = ${value}`)
        cleared.push(column)
      }
    }
    for (const { column, key } of plan.removeKeys) {
      if (columns.has(`${plan.table}.${column}`)) {
        set.push(`${quote(column)} = ${quote(column)} - '${key.replace(/'/g, "''")}'`)
        cleared.push(`${column}.${key}`)
      }
    }
    const exists = [...columns.keys()].some((name) => name.startsWith(`${plan.table}.`))
    if (exists && !scopeIsEmpty(scope, emptySets)) {
      prepared.push({ plan, scope, set, cleared })
    }
  }
  return prepared
}

/**
 * Carries the plans out on the rows gathered by `gatherScope`, in the
 * caller's transaction. Statements are idempotent: run again, they change
 * nothing more.
 */
export async function applyErasure(
  sql: Sql,
  plans: TableErasure[],
  subjectColumns: Record<string, string>,
  emptySets: Set<string>
): Promise<TableCount[]> {
  const counts: TableCount[] = []
  for (const { plan, scope, set, cleared } of await prepare(sql, plans, subjectColumns, emptySets)) {
    if (plan.deleteRows) {
      const result = await sql.raw(`DELETE FROM ${quote(plan.table)} t WHERE ${scope}`)
      counts.push({ table: plan.table, action: "delete", columns: [], rows: result.rowCount ?? 0 })
    } else if (set.length) {
      const result = await sql.raw(`UPDATE ${quote(plan.table)} t SET ${set.join(", ")} WHERE ${scope}`)
      counts.push({ table: plan.table, action: "anonymize", columns: cleared, rows: result.rowCount ?? 0 })
    }
  }
  return counts
}

/** What `applyErasure` would touch, and what it keeps, without changing anything. */
export async function countErasure(
  sql: Sql,
  plans: TableErasure[],
  subjectColumns: Record<string, string>,
  emptySets: Set<string>
): Promise<TableCount[]> {
  const counts: TableCount[] = []
  for (const { plan, scope, cleared } of await prepare(sql, plans, subjectColumns, emptySets)) {
    const { rows } = await sql.raw(`SELECT count(*)::int AS n FROM ${quote(plan.table)} t WHERE ${scope}`)
    const n = rows[0].n as number
    if (!n) {
      continue
    }
    if (plan.deleteRows) {
      counts.push({ table: plan.table, action: "delete", columns: [], rows: n })
      continue
    }
    if (cleared.length) {
      counts.push({ table: plan.table, action: "anonymize", columns: cleared, rows: n })
    }
    if (plan.keep.length) {
      counts.push({ table: plan.table, action: "keep", columns: plan.keep.map((kept) => kept.column), rows: n })
    }
  }
  return counts
}
