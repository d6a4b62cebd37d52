import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DataMapEntry } from "../../modules/privacy/data-map/types"
import { keysetPages } from "../paging"
import { defineSection, type CsvTable, type ExportRecord, type ExportSection } from "../types"

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

type CustomTable = { table: string; subjectColumn: string; columns: string[] }

/** The merchant's own tables from the data map, each with the column that holds the customer's id. */
export function customTables(entries: readonly DataMapEntry[]): CustomTable[] {
  const tables = new Map<string, CustomTable>()
  for (const entry of entries) {
    if (!entry.subjectColumn || entry.notExported) {
      continue
    }
    const table = tables.get(entry.table) ?? { table: entry.table, subjectColumn: entry.subjectColumn, columns: [] }
    if (!table.columns.includes(entry.column)) {
      table.columns.push(entry.column)
    }
    tables.set(entry.table, table)
  }
  return [...tables.values()]
}

/**
 * The rows about the customer in the merchant's own tables, as the data map
 * declares them (`subjectColumn`), only the mapped columns. Names are quoted
 * as identifiers and come from validated options, never from a request.
 */
export function customTablesSection(tables: CustomTable[]): ExportSection {
  return defineSection({
    key: "other_records",
    many: true,
    tables: tables.map(({ table }) => table),
    async *records({ container, customer_id, pageSize }) {
      const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      for (const { table, subjectColumn, columns } of tables) {
        const { rows: idColumn } = await knex.raw(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id'`,
          [table]
        )
        // Keyset by id where the table has one (every table of a Medusa module does); otherwise one read.
        const pages = idColumn.length
          ? keysetPages(
              async (after: unknown) =>
                (
                  await knex.raw(
                    `SELECT ??, id AS "__cursor" FROM ?? WHERE ?? = ? AND id > ? ORDER BY id LIMIT ?`,
                    [columns, table, subjectColumn, customer_id, after ?? "", pageSize]
                  )
                ).rows,
              (row) => row.__cursor,
              pageSize
            )
          : (async function* () {
              yield (await knex.raw(`SELECT ?? FROM ?? WHERE ?? = ?`, [columns, table, subjectColumn, customer_id])).rows
            })()
        for await (const rows of pages) {
          for (const { __cursor: _cursor, ...values } of rows) {
            yield { table, values }
          }
        }
      }
    },
    csv: tables.map(
      ({ table, columns }): CsvTable<ExportRecord> => ({
        name: `other_${table}`,
        columns,
        rows: (record) => (record.table === table ? [record.values as ExportRecord] : []),
      })
    ),
  })
}
