import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { entityIds } from "../lib/entity-ids"
import type { DisclosureOccasion } from "../lib/disclosures"

export type DisclosureInput = {
  customer_id?: string | null
  subject_id?: string | null
  recipient_id: string
  recipient_name: string
  data_categories: string[]
  legal_basis: string
  occasion: DisclosureOccasion
  source_type?: string | null
  source_id?: string | null
  order_id?: string | null
  reference?: string | null
  legal_reference?: string | null
  note?: string | null
  disclosed_at: Date | string
  actor_type: "system" | "user"
  actor_id?: string | null
}

export type DisclosureRow = Required<{ [K in keyof DisclosureInput]: Exclude<DisclosureInput[K], undefined> }> & {
  id: string
  disclosed_at: Date
  created_at: Date
}

const COLUMNS = [
  "id", "customer_id", "subject_id", "recipient_id", "recipient_name", "data_categories", "legal_basis", "occasion",
  "source_type", "source_id", "order_id", "reference", "legal_reference", "note", "disclosed_at", "actor_type", "actor_id",
] as const

const SELECT = `${COLUMNS.join(", ")}, created_at`

/**
 * Writes disclosures in one statement. A disclosure already logged for the
 * same recipient, occasion, source and person is skipped (an event delivered
 * twice); answers the rows written.
 */
export async function insertDisclosures(manager: SqlEntityManager, inputs: DisclosureInput[]): Promise<DisclosureRow[]> {
  if (!inputs.length) {
    return []
  }
  const ids = entityIds("pdsc", inputs.length)
  const rows = inputs.map((input, index) => ({
    ...Object.fromEntries(COLUMNS.map((column) => [column, (input as Record<string, unknown>)[column] ?? null])),
    id: ids[index],
    disclosed_at: new Date(input.disclosed_at).toISOString(),
  }))
  return manager.execute(
    `INSERT INTO privacy_disclosure (${COLUMNS.join(", ")})
     SELECT ${COLUMNS.map((column) => `x.${column}`).join(", ")}
     FROM jsonb_to_recordset(?::jsonb) AS x(id text, customer_id text, subject_id text, recipient_id text, recipient_name text,
       data_categories jsonb, legal_basis text, occasion text, source_type text, source_id text, order_id text, reference text,
       legal_reference text, note text, disclosed_at timestamptz, actor_type text, actor_id text)
     ON CONFLICT DO NOTHING
     RETURNING ${SELECT}`,
    [JSON.stringify(rows)]
  )
}

export type DisclosureFilter = { customer_id?: string; recipient_id?: string; limit: number; offset: number }

/** A person's or a recipient's disclosures, newest first, with the total. */
export async function listDisclosures(manager: SqlEntityManager, filter: DisclosureFilter): Promise<{ rows: DisclosureRow[]; count: number }> {
  const where: string[] = ["deleted_at IS NULL"]
  const params: unknown[] = []
  if (filter.customer_id) {
    where.push("customer_id = ?")
    params.push(filter.customer_id)
  }
  if (filter.recipient_id) {
    where.push("recipient_id = ?")
    params.push(filter.recipient_id)
  }
  const condition = where.join(" AND ")
  const [rows, [{ count }]] = await Promise.all([
    manager.execute(`SELECT ${SELECT} FROM privacy_disclosure WHERE ${condition} ORDER BY disclosed_at DESC, id DESC LIMIT ? OFFSET ?`, [
      ...params,
      filter.limit,
      filter.offset,
    ]),
    manager.execute(`SELECT count(*)::int AS count FROM privacy_disclosure WHERE ${condition}`, params),
  ])
  return { rows: rows as DisclosureRow[], count }
}

/** Disclosures per recipient, for the register's overview. */
export async function countDisclosuresByRecipient(manager: SqlEntityManager): Promise<Record<string, number>> {
  const rows: { recipient_id: string; n: number }[] = await manager.execute(
    `SELECT recipient_id, count(*)::int AS n FROM privacy_disclosure WHERE deleted_at IS NULL GROUP BY recipient_id`
  )
  return Object.fromEntries(rows.map((row) => [row.recipient_id, row.n]))
}

/**
 * Deletes what the log no longer needs: disclosures without an order after
 * `years`, and those whose order's bookkeeping period has ended (the release blanked
 * the recipient's name). Answers the rows deleted.
 */
export async function deleteExpiredDisclosures(manager: SqlEntityManager, years: number, now: Date): Promise<number> {
  const [{ n }] = await manager.execute(
    `WITH gone AS (
       DELETE FROM privacy_disclosure
       WHERE (order_id IS NULL AND disclosed_at < ?::timestamptz - make_interval(years => ${Math.trunc(years)}))
          OR (order_id IS NOT NULL AND recipient_name = '')
       RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now.toISOString()]
  )
  return n
}

/**
 * The carrier's disclosure of a fulfillment, in one statement: the
 * fulfillment's provider picks the recipient (`carriers`: provider id →
 * recipient), the order gives the customer. Subscribers run beside the next
 * request on the same cores, so the hand-over costs one round trip.
 */
export async function insertFulfillmentDisclosure(
  manager: SqlEntityManager,
  input: { id: string; fulfillment_id: string; order_id: string; carriers: { provider: string; id: string; name: string }[]; categories: string[]; legal_basis: string }
): Promise<number> {
  const rows: unknown[] = await manager.execute(
    `INSERT INTO privacy_disclosure (id, customer_id, recipient_id, recipient_name, data_categories, legal_basis, occasion, source_type, source_id, order_id, disclosed_at, actor_type)
     SELECT ?, o.customer_id, r.id, r.name, ?::jsonb, ?, 'fulfillment', 'fulfillment', f.id, o.id, f.created_at, 'system'
     FROM fulfillment f
     JOIN jsonb_to_recordset(?::jsonb) AS r(provider text, id text, name text) ON r.provider = f.provider_id
     JOIN "order" o ON o.id = ? AND o.customer_id IS NOT NULL
     WHERE f.id = ?
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [input.id, JSON.stringify(input.categories), input.legal_basis, JSON.stringify(input.carriers), input.order_id, input.fulfillment_id]
  )
  return rows.length
}
