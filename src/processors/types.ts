import type { SectionKey } from "../export/texts"

export type Sql = {
  raw: (sql: string, bindings?: unknown[] | Record<string, unknown>) => Promise<{ rows: any[]; rowCount?: number }>
}

export type Transactional = Sql & { transaction: <T>(run: (trx: Sql) => Promise<T>) => Promise<T> }

/**
 * The sets a person was gathered into (see person.ts), by name, and whether
 * each is empty: a finder whose every set is empty has nothing to find, and
 * its statement is left out.
 */
export type PersonSets = {
  empty: (set: PersonSet) => boolean
}

export type PersonSet =
  | "customer"
  | "account"
  | "address"
  | "confirmed"
  | "email"
  | "old_email"
  | "subject"
  | "order"
  | "cart"
  | "payment_collection"
  | "fulfillment"
  | "auth_identity"
  | "needle"

/**
 * The mechanics of one personal-data table: how a person's rows are found,
 * what the export adds to the mapped columns to relate rows to each other,
 * and anything erasure must do besides what the data map says. What each
 * column is (and so what is exported, erased or kept) stays in the data map.
 */
export type Processor = {
  table: string
  /** The summary section (index.html) the table's rows are shown under. */
  section: SectionKey
  /**
   * The condition selecting the person's rows (`t` is the table's alias),
   * read from the person's sets; null when the sets hold nothing it needs.
   * One finder serves the export, the erasure, the dry run and the holds.
   */
  finds: (sets: PersonSets) => string | null
  /** Whether the rows can be found from orders alone (the bookkeeping release). */
  fromOrders?: boolean
  /**
   * Columns the export adds to the mapped ones, as `name: SQL`: ids that join
   * rows to each other and the facts that make a row readable (quantity,
   * price, state, dates), none of them personal by itself. Personal values
   * come from the data map alone.
   */
  relations?: Record<string, string>
  /** Narrows the rows erasure may delete or clear, for rows that also serve someone else. */
  erasable?: string
  /**
   * What erasure at the end of the relationship writes on the rows it keeps,
   * besides clearing mapped columns, as `column: SQL` (`$now` is the
   * erasure's time): the customer marked deleted, the profile marked erased,
   * the consent subject closed. Written by the same statement, in the same
   * transaction, as the data goes, so no reader sees the data gone and the
   * row not marked; a mark wins over the map for its column.
   */
  marksErased?: Record<string, string>
  /** Statements erasure runs besides the data map's: links to rows it removed, rows it leaves to their other owner. */
  alsoErase?: (sets: PersonSets) => string[]
}
