import type { Sql } from "../processors/types"

export type ColumnInfo = { nullable: boolean; type: string; constrained: boolean }

/**
 * Nullability, type and CHECK constraints of the columns of the given
 * tables: an anonymised column becomes NULL where it may, an empty value
 * where it may not, and is left as it is where a CHECK allows only a fixed
 * set of values (an enum such as a profile's source identifies no one).
 */
export async function readColumnInfo(sql: Sql, tables: string[]): Promise<Map<string, ColumnInfo>> {
  const { rows } = await sql.raw(
    `SELECT c.table_name, c.column_name, c.is_nullable = 'YES' AS nullable, c.data_type,
            EXISTS (
              SELECT 1 FROM pg_constraint k
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)
               WHERE k.contype = 'c' AND k.conrelid = format('%I', c.table_name)::regclass AND a.attname = c.column_name
            ) AS constrained
       FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.table_name = ANY(?::text[])`,
    [tables]
  )
  const info = new Map<string, ColumnInfo>()
  for (const row of rows) {
    info.set(`${row.table_name}.${row.column_name}`, { nullable: row.nullable, type: row.data_type, constrained: row.constrained })
  }
  return info
}

/** The value an anonymised column gets, or undefined when it is left as it is. */
export function neutralValue(column: ColumnInfo): string | undefined {
  if (column.nullable) {
    return "NULL"
  }
  if (column.constrained) {
    return undefined
  }
  if (column.type === "jsonb" || column.type === "json") {
    return `'{}'`
  }
  if (column.type === "text" || column.type.startsWith("character")) {
    return `''`
  }
  return undefined
}
