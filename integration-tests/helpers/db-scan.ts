export type Db = { raw: (sql: string, bindings?: unknown[]) => Promise<any> }
export type Hit = { table: string; column: string; id: string | null; needle: string }

/** Every text and JSON column of every table in the database that contains one of the needles (any case). */
export async function scanDatabase(db: Db, needles: string[]): Promise<Hit[]> {
  const { rows: columns } = await db.raw(
    `select c.table_name, c.column_name,
            exists (select 1 from information_schema.columns i where i.table_schema = c.table_schema and i.table_name = c.table_name and i.column_name = 'id') as has_id
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`
  )
  const hits: Hit[] = []
  for (const { table_name, column_name, has_id } of columns) {
    for (const needle of needles) {
      const { rows } = await db.raw(
        `select ${has_id ? "id::text" : "null"} as id from "${table_name}" where strpos(lower("${column_name}"::text), lower(?)) > 0`,
        [needle]
      )
      hits.push(...rows.map((row: { id: string | null }) => ({ table: table_name, column: column_name, id: row.id, needle })))
    }
  }
  return hits
}

/** Waits until the query returns a truthy first row value (subscribers run after the response). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error("condition not met in time")
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
