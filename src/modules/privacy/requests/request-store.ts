import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { RequestActorType, RequestEventKind, RequestStatus } from "../lib/requests"

/**
 * The request register's statements. A change of status is one conditional
 * UPDATE ... RETURNING on the states the action allows, written with its
 * timeline entry in one transaction: of two staff members clicking at once,
 * one changes the request and the other finds it already changed. Raw
 * because the generated services update by reading first.
 */

export type RequestRow = {
  id: string
  reference: string
  rights: string[]
  channel: string
  status: RequestStatus
  received_at: Date
  received_on: string
  customer_id: string | null
  email: string | null
  language: string
  country: string
  verification_method: string | null
  verified_at: Date | null
  paused_since: string | null
  pauses: unknown
  first_due_on: string
  due_on: string
  extended_at: Date | null
  extension_reason: string | null
  outcome: string | null
  kept: unknown
  answer_note: string | null
  refusal_reason: string | null
  closed_at: Date | null
  created_by_type: RequestActorType
  created_by_id: string | null
  reminded_on: string | null
  version: number
  created_at: Date
  updated_at: Date
}

export type RequestEventRow = {
  id: string
  request_id: string
  kind: RequestEventKind
  from_status: RequestStatus | null
  to_status: RequestStatus | null
  actor_type: RequestActorType
  actor_id: string | null
  occurred_at: Date
  data: Record<string, unknown> | null
}

export type Actor = { type: RequestActorType; id: string | null }

/** Columns a transition may set; anything else is refused before it reaches SQL. */
const SETTABLE = new Set([
  "status", "verification_method", "verified_at", "paused_since", "pauses", "first_due_on", "due_on", "extended_at",
  "extension_reason", "outcome", "kept", "answer_note", "refusal_reason", "closed_at", "reminded_on", "email", "customer_id",
])
const JSON_COLUMNS = new Set(["pauses", "kept"])

/** The next reference of the year: R-2026-0001. One upsert, so two requests at once never share one. */
export async function nextReference(manager: SqlEntityManager, year: number): Promise<string> {
  const [row] = await manager.execute(
    `INSERT INTO privacy_request_counter (id, last) VALUES (?, 1)
     ON CONFLICT (id) DO UPDATE SET last = privacy_request_counter.last + 1, updated_at = now() RETURNING last`,
    [String(year)]
  )
  return `R-${year}-${String(row.last).padStart(4, "0")}`
}

export async function insertRequest(manager: SqlEntityManager, row: Omit<RequestRow, "id" | "version" | "created_at" | "updated_at">): Promise<RequestRow> {
  const values = { id: generateEntityId(undefined, "preq"), ...row }
  const columns = Object.keys(values)
  const [inserted] = await manager.execute(
    `INSERT INTO privacy_request (${columns.join(", ")}) VALUES (${columns.map((column) => (JSON_COLUMNS.has(column) ? "?::jsonb" : column === "rights" ? "ARRAY(SELECT jsonb_array_elements_text(?::jsonb))" : "?")).join(", ")}) RETURNING *`,
    columns.map((column) => {
      const value = (values as Record<string, unknown>)[column]
      // Arrays go as JSON: the driver would spread a JS array into a list of values.
      return (JSON_COLUMNS.has(column) && value !== null) || column === "rights" ? JSON.stringify(value) : value
    }) as never[]
  )
  return inserted as RequestRow
}

/** Applies `set` when the request is in one of `from`; null when it is not (the caller answers 409). */
export async function transitionRequest(
  manager: SqlEntityManager,
  id: string,
  from: readonly RequestStatus[],
  set: Record<string, unknown>,
  extraCondition?: { sql: string; params: unknown[] }
): Promise<RequestRow | null> {
  const columns = Object.keys(set)
  for (const column of columns) {
    if (!SETTABLE.has(column)) throw new Error(`privacy_request.${column} is not changed by a transition`)
  }
  const assignments = columns.map((column) => `${column} = ?${JSON_COLUMNS.has(column) ? "::jsonb" : ""}`)
  const params = columns.map((column) => (JSON_COLUMNS.has(column) && set[column] !== null ? JSON.stringify(set[column]) : set[column]))
  const rows = await manager.execute(
    `UPDATE privacy_request SET ${[...assignments, "version = version + 1", "updated_at = now()"].join(", ")}
      WHERE id = ? AND deleted_at IS NULL AND status IN (SELECT jsonb_array_elements_text(?::jsonb))${extraCondition ? ` AND (${extraCondition.sql})` : ""} RETURNING *`,
    [...params, id, JSON.stringify(from), ...(extraCondition?.params ?? [])] as never[]
  )
  return (rows[0] as RequestRow | undefined) ?? null
}

export async function appendRequestEvent(
  manager: SqlEntityManager,
  event: { request_id: string; kind: RequestEventKind; from_status?: RequestStatus | null; to_status?: RequestStatus | null; actor: Actor; data?: Record<string, unknown> | null; at?: Date }
): Promise<RequestEventRow> {
  const [row] = await manager.execute(
    `INSERT INTO privacy_request_event (id, request_id, kind, from_status, to_status, actor_type, actor_id, occurred_at, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING *`,
    [
      generateEntityId(undefined, "preqe"),
      event.request_id,
      event.kind,
      event.from_status ?? null,
      event.to_status ?? null,
      event.actor.type,
      event.actor.id,
      (event.at ?? new Date()).toISOString(),
      event.data ? JSON.stringify(event.data) : null,
    ] as never[]
  )
  return row as RequestEventRow
}

export async function findRequest(manager: SqlEntityManager, id: string): Promise<RequestRow | null> {
  const [row] = await manager.execute(`SELECT * FROM privacy_request WHERE id = ? AND deleted_at IS NULL`, [id])
  return (row as RequestRow | undefined) ?? null
}

export async function listRequestEvents(manager: SqlEntityManager, requestId: string): Promise<RequestEventRow[]> {
  return manager.execute(
    `SELECT * FROM privacy_request_event WHERE request_id = ? AND deleted_at IS NULL ORDER BY occurred_at, id`,
    [requestId]
  )
}

/** Requests closed longer ago than the record period go, with their timelines (Art. 5(1)(e)). */
export async function deleteClosedRequests(manager: SqlEntityManager, months: number, now: Date): Promise<number> {
  const [row] = await manager.execute(
    `WITH gone AS (
       DELETE FROM privacy_request WHERE closed_at IS NOT NULL AND closed_at < ?::timestamptz - make_interval(months => ${Math.trunc(months)}) RETURNING id
     ), events AS (DELETE FROM privacy_request_event WHERE request_id IN (SELECT id FROM gone) RETURNING 1)
     SELECT (SELECT count(*)::int FROM gone) AS n, (SELECT count(*)::int FROM events) AS e`,
    [now.toISOString()]
  )
  return row.n
}

/**
 * The open requests due by `until` (overdue ones included) not yet reminded
 * of today, marked reminded in the same statement: two instances running
 * the daily job remind of each request once.
 */
export async function claimReminders(manager: SqlEntityManager, today: string, until: string): Promise<RequestRow[]> {
  return (await manager.execute(
    `UPDATE privacy_request SET reminded_on = ?, updated_at = now()
      WHERE deleted_at IS NULL AND closed_at IS NULL AND due_on <= ? AND reminded_on IS DISTINCT FROM ? RETURNING *`,
    [today, until, today]
  )) as RequestRow[]
}
