import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { accessLogHash, GENESIS_HASH, outcomeOf, type AccessLogInput, type AccessLogRow } from "../lib/access-log"
import { entityIds } from "../lib/entity-ids"
import { firstRow } from "../lib/first-row"

/**
 * The access log's chain. Raw SQL because every append reads the chain's head
 * and writes after it under one advisory lock, so that appends from several
 * processes form one chain, and because pruning must pass the append-only
 * trigger, which the data model language cannot express.
 */

/** Serialises appends and pruning across processes (an arbitrary constant, the plugin's own). */
const CHAIN_LOCK = 7_302_118_544

const COLUMNS = `id, seq, occurred_at, actor_type, actor_id, role, action, method, route, status, outcome,
  customer_ids, customer_count, purpose, ip_prefix, prev_hash, hash`

type Head = { seq: number; hash: string }

async function chainHead(manager: SqlEntityManager): Promise<Head> {
  const last = await firstRow<Head>(manager, `SELECT seq, hash FROM privacy_access_log WHERE deleted_at IS NULL ORDER BY seq DESC LIMIT 1`, [])
  return last ?? (await checkpoint(manager)) ?? { seq: 0, hash: GENESIS_HASH }
}

async function checkpoint(manager: SqlEntityManager): Promise<Head | undefined> {
  return firstRow<Head>(manager, `SELECT through_seq AS seq, through_hash AS hash FROM privacy_access_log_checkpoint WHERE deleted_at IS NULL LIMIT 1`, [])
}

/** Roles of the users whose access did not decide one, as they stand now. */
async function currentRoles(manager: SqlEntityManager, inputs: AccessLogInput[]): Promise<Map<string, string>> {
  const users = [...new Set(inputs.filter((input) => input.role === undefined && input.actor_type === "user").map((input) => input.actor_id!))]
  if (!users.length) {
    return new Map()
  }
  const rows: { user_id: string; role: string }[] = await manager.execute(
    `SELECT user_id, role FROM privacy_staff WHERE deleted_at IS NULL AND user_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(users)]
  )
  return new Map(rows.map((row) => [row.user_id, row.role]))
}

/** Appends the entries in the order given, each hashed over the one before. */
export async function appendEntries(manager: SqlEntityManager, inputs: AccessLogInput[]): Promise<number> {
  if (!inputs.length) {
    return 0
  }
  await manager.execute(`SELECT pg_advisory_xact_lock(?::bigint)`, [CHAIN_LOCK])
  let head = await chainHead(manager)
  const roles = await currentRoles(manager, inputs)
  const ids = entityIds("pacc", inputs.length)
  const rows: AccessLogRow[] = inputs.map((input, index) => {
    const role = input.role === undefined ? (input.actor_id && roles.get(input.actor_id)) ?? null : input.role
    const row = { ...input, id: ids[index], seq: head.seq + 1, role, outcome: outcomeOf(input.status), prev_hash: head.hash }
    const hash = accessLogHash(head.hash, row)
    head = { seq: row.seq, hash }
    return { ...row, hash }
  })
  await manager.execute(
    `INSERT INTO privacy_access_log (${COLUMNS})
     SELECT ${COLUMNS} FROM jsonb_to_recordset(?::jsonb) AS r(
       id text, seq integer, occurred_at timestamptz, actor_type text, actor_id text, role text, action text, method text,
       route text, status integer, outcome text, customer_ids text[], customer_count integer, purpose text, ip_prefix text,
       prev_hash text, hash text)
     ORDER BY seq`,
    [JSON.stringify(rows)]
  )
  return rows.length
}

export type AccessLogFilters = {
  actor_id?: string
  customer_id?: string
  action?: string
  from?: Date
  to?: Date
  /** Keyset paging: entries before this number, newest first. */
  before?: number
  limit: number
}

export async function listEntries(manager: SqlEntityManager, filters: AccessLogFilters): Promise<AccessLogRow[]> {
  // Rows are never soft-deleted (the trigger refuses updates); the condition lets the partial indexes serve.
  const where: string[] = ["deleted_at IS NULL"]
  const params: unknown[] = []
  const add = (condition: string, value: unknown) => {
    where.push(condition)
    params.push(value)
  }
  if (filters.actor_id) add(`actor_id = ?`, filters.actor_id)
  if (filters.customer_id) add(`customer_ids @> ARRAY[?]::text[]`, filters.customer_id)
  if (filters.action) add(`action = ?`, filters.action)
  if (filters.from) add(`occurred_at >= ?`, filters.from.toISOString())
  if (filters.to) add(`occurred_at < ?`, filters.to.toISOString())
  if (filters.before !== undefined) add(`seq < ?`, filters.before)
  params.push(filters.limit)
  return manager.execute(
    `SELECT ${COLUMNS} FROM privacy_access_log WHERE ${where.join(" AND ")} ORDER BY seq DESC LIMIT ?`,
    params as never[]
  )
}

export type ChainCheck = {
  ok: boolean
  checked: number
  starts_after: number
  last_seq: number | null
  broken: { id: string; seq: number; reason: "missing_before" | "not_linked" | "changed" } | null
}

/**
 * Walks the chain from its start (the genesis or the pruning checkpoint) and
 * names the first row that does not add up. Rows appended meanwhile continue
 * the chain; a pruning meanwhile moves its start, and the walk begins again.
 */
export async function verifyChain(manager: SqlEntityManager, pageSize = 5000): Promise<ChainCheck> {
  const start = (await checkpoint(manager)) ?? { seq: 0, hash: GENESIS_HASH }
  const result = await walkChain(manager, start, pageSize)
  const now = (await checkpoint(manager)) ?? { seq: 0, hash: GENESIS_HASH }
  return result.ok || now.seq === start.seq ? result : walkChain(manager, now, pageSize)
}

async function walkChain(manager: SqlEntityManager, start: Head, pageSize: number): Promise<ChainCheck> {
  let expected = start
  let checked = 0
  for (;;) {
    const rows: AccessLogRow[] = await manager.execute(
      `SELECT ${COLUMNS} FROM privacy_access_log WHERE deleted_at IS NULL AND seq > ? ORDER BY seq LIMIT ?`,
      [expected.seq, pageSize]
    )
    for (const row of rows) {
      const reason =
        row.seq !== expected.seq + 1
          ? "missing_before"
          : row.prev_hash !== expected.hash
            ? "not_linked"
            : accessLogHash(row.prev_hash, row) !== row.hash
              ? "changed"
              : null
      if (reason) {
        return { ok: false, checked, starts_after: start.seq, last_seq: expected.seq || null, broken: { id: row.id, seq: row.seq, reason } }
      }
      checked++
      expected = { seq: row.seq, hash: row.hash }
    }
    if (rows.length < pageSize) {
      return { ok: true, checked, starts_after: start.seq, last_seq: checked ? expected.seq : null, broken: null }
    }
  }
}

/**
 * Deletes the entries older than the period, as one run from the chain's
 * start, and records the last one deleted as the new start. The trigger lets
 * the delete through only for this transaction.
 */
export async function pruneEntries(manager: SqlEntityManager, months: number, now: Date): Promise<number> {
  await manager.execute(`SELECT pg_advisory_xact_lock(?::bigint)`, [CHAIN_LOCK])
  const last = await firstRow<Head>(
    manager,
    `SELECT seq, hash FROM privacy_access_log
     WHERE deleted_at IS NULL AND seq = (SELECT max(seq) FROM privacy_access_log WHERE deleted_at IS NULL AND occurred_at < ?::timestamptz - make_interval(months => ${Math.trunc(months)}))`,
    [now.toISOString()]
  )
  if (!last) {
    return 0
  }
  await manager.execute(`SELECT set_config('privacy.access_log_maintenance', 'on', true)`)
  const [deleted] = await manager.execute(
    `WITH gone AS (DELETE FROM privacy_access_log WHERE seq <= ? RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    [last.seq]
  )
  const previous = await firstRow<{ pruned_rows: number }>(manager, `SELECT pruned_rows FROM privacy_access_log_checkpoint WHERE deleted_at IS NULL LIMIT 1`, [])
  await manager.execute(`DELETE FROM privacy_access_log_checkpoint`)
  await manager.execute(
    `INSERT INTO privacy_access_log_checkpoint (id, through_seq, through_hash, pruned_rows, pruned_at) VALUES (?, ?, ?, ?, ?)`,
    [entityIds("pacp", 1)[0], last.seq, last.hash, (previous?.pruned_rows ?? 0) + deleted.n, now.toISOString()]
  )
  await manager.execute(`SELECT set_config('privacy.access_log_maintenance', 'off', true)`)
  return deleted.n
}
