import type { DataMapEntry, EffectiveDataMap } from "./types"

export type SchemaColumn = { table: string; column: string; data_type: string }

export type CoverageReport = {
  /** Personal-looking columns that are neither mapped nor declared not personal. */
  unmapped: SchemaColumn[]
  /** Map entries whose column does not exist in the database. */
  stale: Pick<DataMapEntry, "id" | "table" | "column">[]
  checked_columns: number
}

/**
 * Parts of a column name that name personal data: names, e-mail, phone,
 * address lines and country, IP, user agent, free text (notes, reasons,
 * metadata), links to uploads, and the JSON copies Medusa keeps of workflow
 * inputs and payment contexts.
 */
const PERSONAL_NAME_PARTS = new Set([
  "name",
  "email",
  "phone",
  "mobile",
  "address",
  "postal",
  "zip",
  "city",
  "province",
  "company",
  "ip",
  "agent",
  "username",
  "recipient",
  "metadata",
  "country",
  "note",
  "url",
  "reason",
  "context",
  "execution",
])

/** Whole column names that hold personal data in Medusa although no part says so. */
const PERSONAL_COLUMN_NAMES = new Set([
  "to",
  "data",
  "entity_id",
  "provider_data",
  "provider_metadata",
  "user_metadata",
  "app_metadata",
])

/** Types that can hold text; a boolean or a number cannot hold a name or an address. */
const TEXT_TYPES = /^(text|character varying|character|citext|json|jsonb|inet|cidr|ARRAY|USER-DEFINED)$/

/**
 * True for a column whose name says it may hold personal data, such as a
 * name, an e-mail or phone number, an address line, a postal code, a city, a
 * company, an IP address, a user agent or free-text metadata. Foreign keys
 * (`…_id`) are identifiers and are skipped, except where Medusa keeps a
 * username in `entity_id`.
 */
export function looksPersonal({ column, data_type }: SchemaColumn): boolean {
  if (!TEXT_TYPES.test(data_type)) {
    return false
  }
  if (PERSONAL_COLUMN_NAMES.has(column)) {
    return true
  }
  if (column.endsWith("_id")) {
    return false
  }
  return column.split("_").some((part) => PERSONAL_NAME_PARTS.has(part))
}

/** The plugin's own tables are named `privacy_…`. */
export const PLUGIN_TABLE_PREFIX = "privacy_"

/**
 * Compares the live schema with the map. The plugin's own tables must be
 * covered column by column, whatever the column names.
 */
export function checkCoverage(
  columns: SchemaColumn[],
  map: Pick<EffectiveDataMap, "entries" | "notPersonal">
): CoverageReport {
  const mapped = new Set(map.entries.map((entry) => `${entry.table}.${entry.column}`))
  const declared = new Set(
    map.notPersonal.flatMap((declaration) => declaration.columns.map((column) => `${declaration.table}.${column}`))
  )
  const unmapped = columns.filter((column) => {
    const key = `${column.table}.${column.column}`
    if (mapped.has(key) || declared.has(key)) {
      return false
    }
    return column.table.startsWith(PLUGIN_TABLE_PREFIX) || looksPersonal(column)
  })
  const existing = new Set(columns.map((column) => `${column.table}.${column.column}`))
  const stale = map.entries
    .filter((entry) => !existing.has(`${entry.table}.${entry.column}`))
    .map(({ id, table, column }) => ({ id, table, column }))
  return { unmapped, stale, checked_columns: columns.length }
}
