import type { MedusaContainer } from "@medusajs/framework/types"
import type { SectionKey } from "./texts"

export type ExportContext = {
  container: MedusaContainer
  customer_id: string
  email: string | null
  language: string
  /** Rows read per query (option `exports.pageSize`). */
  pageSize: number
}

export type ExportRecord = Record<string, unknown>

/** A CSV file of the export: its columns, and the rows one record gives it. */
export type CsvTable<T> = {
  name: string
  columns: readonly string[]
  rows: (record: T) => ExportRecord[]
}

/**
 * One part of an export (customer, orders, consents…). The builder folds over
 * the sections in order: each record goes into data.json, into its CSV files
 * and into the readable summary. `tables` names the data-map tables whose rows
 * about the customer the section carries, so the map and the export can be
 * checked against each other.
 */
export type ExportSection<T extends ExportRecord = ExportRecord> = {
  key: SectionKey
  many: boolean
  tables: readonly string[]
  records(ctx: ExportContext): AsyncIterable<T>
  csv: CsvTable<T>[]
}

export function defineSection<T extends ExportRecord>(section: ExportSection<T>): ExportSection<ExportRecord> {
  return section as unknown as ExportSection<ExportRecord>
}

/** The given columns of a record, in order, for a CSV row. */
export function pick(record: ExportRecord, columns: readonly string[]): ExportRecord {
  return Object.fromEntries(columns.map((column) => [column, record[column]]))
}
