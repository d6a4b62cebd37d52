import type { DataMapEntry } from "./types"

type Shared = Omit<DataMapEntry, "id" | "table" | "column" | "module" | "entity" | "key">
type PerColumn = Partial<Shared>

/**
 * Builds the entries of one table: settings shared by its columns, with
 * per-column differences. Keeps the map readable as a table of decisions.
 */
export function table(
  module: string,
  tableName: string,
  shared: Shared,
  columns: Record<string, PerColumn>,
  entity: string = tableName
): DataMapEntry[] {
  return Object.entries(columns).map(([column, own]) => ({
    id: `${tableName}.${column}`,
    module,
    entity,
    table: tableName,
    column,
    ...shared,
    ...own,
  }))
}
