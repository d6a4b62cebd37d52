import type { DataMapEntry } from "../modules/privacy/data-map/types"
import type { PersonSets, Processor, Sql } from "../processors/types"
import { readColumnInfo } from "../retention/column-info"
import type { ExportRecord } from "./types"

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`

/** One table of the export: the rows its processor finds, with the columns the data map says are exported. */
export type ExportTable = {
  processor: Processor
  columns: string[]
  read: (sql: Sql, sets: PersonSets, pageSize: number) => AsyncGenerator<ExportRecord[]>
}

/**
 * The exported columns of a table, read off the data map: every mapped column
 * that is not `notExported`, and single keys of JSON columns that are not
 * mapped as a whole. `id` and the processor's relations come first, so rows
 * can be joined to each other in data.json and the CSV files.
 */
function selectList(
  processor: Processor,
  entries: readonly DataMapEntry[],
  existing: Set<string>
): { names: string[]; sql: string[]; personal: boolean } {
  const own = entries.filter((entry) => entry.table === processor.table && !entry.notExported && existing.has(entry.column))
  const whole = new Set(own.filter((entry) => !entry.key).map((entry) => entry.column))
  const names: string[] = []
  const sql: string[] = []
  const add = (name: string, expression: string) => {
    if (!names.includes(name)) {
      names.push(name)
      sql.push(`${expression} AS ${quote(name)}`)
    }
  }
  if (existing.has("id")) {
    add("id", "t.id")
  }
  for (const [name, expression] of Object.entries(processor.relations ?? {})) {
    add(name, expression)
  }
  for (const entry of own) {
    if (!entry.key) {
      add(entry.column, `t.${quote(entry.column)}`)
    } else if (!whole.has(entry.column)) {
      add(`${entry.column}.${entry.key}`, `t.${quote(entry.column)} -> ${literal(entry.key)}`)
    }
  }
  return { names, sql, personal: own.length > 0 }
}

/** The tables an export holds, in the registry's order; tables with nothing to export are left out. */
export async function exportTables(sql: Sql, processors: readonly Processor[], entries: readonly DataMapEntry[]): Promise<ExportTable[]> {
  const info = await readColumnInfo(sql, processors.map((processor) => processor.table))
  const tables: ExportTable[] = []
  for (const processor of processors) {
    const existing = new Set([...info.keys()].filter((key) => key.startsWith(`${processor.table}.`)).map((key) => key.slice(processor.table.length + 1)))
    const { names, sql: select, personal } = selectList(processor, entries, existing)
    if (!personal) {
      continue
    }
    const keyed = existing.has("id")
    tables.push({
      processor,
      columns: names,
      async *read(trx, sets, pageSize) {
        const finds = processor.finds(sets)
        if (!finds) {
          return
        }
        const base = `SELECT ${select.join(", ")} FROM ${quote(processor.table)} t WHERE (${finds})`
        if (!keyed) {
          yield (await trx.raw(base)).rows
          return
        }
        // Keyset pages by id, never offset: memory holds one page however long the history is.
        let after = ""
        for (;;) {
          const { rows } = await trx.raw(`${base} AND t.id > ? ORDER BY t.id LIMIT ?`, [after, pageSize])
          if (rows.length) {
            yield rows
          }
          if (rows.length < pageSize) {
            return
          }
          after = rows[rows.length - 1].id
        }
      },
    })
  }
  return tables
}
