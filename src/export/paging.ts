/**
 * Reads a customer's rows page by page, each page after the last row of the
 * one before (keyset, never offset), so memory holds one page however long
 * the history is.
 */
export async function* keysetPages<Row, Cursor>(
  page: (after: Cursor | undefined) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  pageSize: number
): AsyncGenerator<Row[]> {
  let after: Cursor | undefined
  for (;;) {
    const rows = await page(after)
    if (rows.length) {
      yield rows
    }
    if (rows.length < pageSize) {
      return
    }
    after = cursorOf(rows[rows.length - 1])
  }
}
