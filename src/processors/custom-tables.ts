import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { byColumn } from "./define"
import type { Processor } from "./types"

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The shop's own tables, found by the column the data map names (`subjectColumn`). */
export function customTableProcessors(entries: readonly DataMapEntry[]): Processor[] {
  const tables = new Map<string, string>()
  for (const entry of entries) {
    if (entry.subjectColumn && !tables.has(entry.table)) {
      tables.set(entry.table, entry.subjectColumn)
    }
  }
  return [...tables].map(([table, column]) => byColumn(table, "other_records", "customer", quote(column)))
}
