import { processorOf } from "../processors/registry"
import type { PersonSets, Processor, Sql } from "../processors/types"
import { neutralValue, readColumnInfo, type ColumnInfo } from "./column-info"
import type { TableErasure } from "./erasure-plan"

export type TableCount = { table: string; action: "delete" | "anonymize" | "keep"; columns: string[]; rows: number }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`

type Prepared = { plan: TableErasure; scope: string; set: string[]; cleared: string[] }

/**
 * Joins each plan with its processor's finder and the value each column gets;
 * tables not in this database, and tables whose finder has nothing to look
 * for, are skipped.
 */
async function prepare(sql: Sql, plans: TableErasure[], processors: readonly Processor[], sets: PersonSets, now?: Date): Promise<Prepared[]> {
  const columns: Map<string, ColumnInfo> = await readColumnInfo(sql, plans.map((plan) => plan.table))
  const prepared: Prepared[] = []
  for (const plan of now ? withMarkedTables(plans, processors) : plans) {
    const processor = processorOf(processors, plan.table)
    if (!processor) {
      // Start-up refuses such a map; reaching this is a defect, not an option to report.
      throw new Error(`The data map names table ${plan.table}, but no processor finds a customer's rows in it`)
    }
    const finds = processor.finds(sets)
    const exists = [...columns.keys()].some((name) => name.startsWith(`${plan.table}.`))
    if (!finds || !exists) {
      continue
    }
    const marks = now && !plan.deleteRows ? Object.entries(processor.marksErased ?? {}) : []
    const marked = new Set(marks.map(([column]) => column))
    const set: string[] = marks.map(([column, value]) => `${quote(column)} = ${value.replace(/\$now/g, `${literal(now!.toISOString())}::timestamptz`)}`)
    const cleared: string[] = []
    for (const column of plan.anonymize.filter((name) => !marked.has(name))) {
      const info = columns.get(`${plan.table}.${column}`)
      const value = info && neutralValue(info)
      if (value) {
        set.push(`${quote(column)} = ${value}`)
        cleared.push(column)
      }
    }
    for (const { column, key } of plan.removeKeys) {
      if (columns.has(`${plan.table}.${column}`)) {
        set.push(`${quote(column)} = ${quote(column)} - ${literal(key)}`)
        cleared.push(`${column}.${key}`)
      }
    }
    prepared.push({ plan, scope: processor.erasable ? `(${finds}) AND ${processor.erasable}` : finds, set, cleared })
  }
  return prepared
}

/** Tables whose processor marks erased rows get a plan even where the map clears nothing on them. */
function withMarkedTables(plans: TableErasure[], processors: readonly Processor[]): TableErasure[] {
  const planned = new Set(plans.map((plan) => plan.table))
  const marked = processors
    .filter((processor) => processor.marksErased && !planned.has(processor.table))
    .map((processor): TableErasure => ({ table: processor.table, deleteRows: false, anonymize: [], removeKeys: [], keep: [] }))
  return [...plans, ...marked]
}

/**
 * Carries the plans out on the person's rows, in the caller's transaction.
 * When the relationship ends, the rows kept are marked erased (the
 * processors' `marksErased`) and what the processors add is run (links,
 * rows shared with another owner); the bookkeeping release does neither.
 * Statements are idempotent: run again, they change nothing more.
 */
export async function applyErasure(
  sql: Sql,
  plans: TableErasure[],
  processors: readonly Processor[],
  sets: PersonSets,
  { relationshipEnds }: { relationshipEnds: { now: Date } | false }
): Promise<TableCount[]> {
  const counts: TableCount[] = []
  const now = relationshipEnds ? relationshipEnds.now : undefined
  for (const { plan, scope, set, cleared } of await prepare(sql, plans, processors, sets, now)) {
    if (plan.deleteRows) {
      const result = await sql.raw(`DELETE FROM ${quote(plan.table)} t WHERE ${scope}`)
      counts.push({ table: plan.table, action: "delete", columns: [], rows: result.rowCount ?? 0 })
    } else if (set.length) {
      const result = await sql.raw(`UPDATE ${quote(plan.table)} t SET ${set.join(", ")} WHERE ${scope}`)
      counts.push({ table: plan.table, action: "anonymize", columns: cleared, rows: result.rowCount ?? 0 })
    }
  }
  if (relationshipEnds) {
    const planned = new Set(plans.map((plan) => plan.table))
    for (const processor of processors) {
      for (const statement of planned.has(processor.table) ? processor.alsoErase?.(sets) ?? [] : []) {
        await sql.raw(statement)
      }
    }
  }
  return counts
}

/** What `applyErasure` would touch, and what it keeps, without changing anything. */
export async function countErasure(sql: Sql, plans: TableErasure[], processors: readonly Processor[], sets: PersonSets): Promise<TableCount[]> {
  const counts: TableCount[] = []
  for (const { plan, scope, cleared } of await prepare(sql, plans, processors, sets)) {
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
