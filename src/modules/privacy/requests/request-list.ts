import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { type RequestChannel, type RequestRight, type RequestStatus } from "../lib/requests"
import type { RequestRow } from "./request-store"

export type RequestOrder = "due_on" | "-received_at"

export type RequestFilters = {
  status?: RequestStatus[]
  /** Open requests only (received, awaiting verification, in progress). */
  open?: boolean
  right?: RequestRight
  channel?: RequestChannel
  /** Open requests past their due date; with the clock stopped while verifying, waiting ones are not overdue. */
  overdue?: boolean
  due_before?: string
  customer_id?: string
  email?: string
  reference?: string
  order: RequestOrder
  /** The last row of the previous page, from `pageCursor`. */
  after?: { key: string; id: string }
  limit: number
}

const OPEN = `closed_at IS NULL`

/** The cursor of the row that ends a page: its sort key and id, so the next page starts strictly after it. */
export function pageCursor(row: RequestRow & { received_key?: string }, order: RequestOrder): string {
  // The key as PostgreSQL wrote it: a JavaScript date would drop the microseconds of rows written in SQL,
  // and the next page would skip the rows between.
  const key = order === "due_on" ? row.due_on : row.received_key ?? new Date(row.received_at).toISOString()
  return Buffer.from(JSON.stringify([key, row.id])).toString("base64url")
}

export function readCursor(cursor: string): { key: string; id: string } | null {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    return typeof key === "string" && typeof id === "string" ? { key, id } : null
  } catch {
    return null
  }
}

/**
 * One page of the inbox. The open requests by due date read the partial index
 * on (due_on, id) from its start; the overdue filter is the beginning of that
 * same range, so neither sorts the table.
 */
export async function listRequests(
  manager: SqlEntityManager,
  filters: RequestFilters,
  clock: { today: string; pauseWhileVerifying: boolean }
): Promise<RequestRow[]> {
  const where: string[] = ["deleted_at IS NULL"]
  const params: unknown[] = []
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition)
    params.push(...values)
  }
  if (filters.status?.length) add(`status IN (SELECT jsonb_array_elements_text(?::jsonb))`, JSON.stringify(filters.status))
  if (filters.open || filters.overdue) add(OPEN)
  if (filters.overdue) {
    add(`due_on < ?`, clock.today)
    if (clock.pauseWhileVerifying) add(`paused_since IS NULL`)
  }
  if (filters.right) add(`rights @> ARRAY[?]::text[]`, filters.right)
  if (filters.channel) add(`channel = ?`, filters.channel)
  if (filters.due_before) add(`due_on < ?`, filters.due_before)
  if (filters.customer_id) add(`customer_id = ?`, filters.customer_id)
  if (filters.email) add(`email = ?`, filters.email.trim().toLowerCase())
  if (filters.reference) add(`reference = ?`, filters.reference.trim().toUpperCase())
  let order: string
  if (filters.order === "due_on") {
    // Sorting by due date is for the work still to do: closed requests have no deadline left.
    if (!filters.open && !filters.overdue) add(OPEN)
    if (filters.after) add(`(due_on, id) > (?, ?)`, filters.after.key, filters.after.id)
    order = `due_on ASC, id ASC`
  } else {
    if (filters.after) add(`(received_at, id) < (?::timestamptz, ?)`, filters.after.key, filters.after.id)
    order = `received_at DESC, id DESC`
  }
  params.push(filters.limit)
  return (await manager.execute(
    `SELECT *, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key
       FROM privacy_request WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ?`,
    params as never[]
  )) as RequestRow[]
}

/**
 * The share answered within one month and within three (the extended period)
 * over the closed requests since `since`, and how many are open and overdue
 * now. A day is the controller's: closings are read in its time zone.
 */
export async function answerTimes(
  manager: SqlEntityManager,
  input: { since: Date; today: string; timeZone: string; pauseWhileVerifying: boolean }
): Promise<{ closed: number; within_one_month: number; within_three_months: number; open: number; overdue: number }> {
  const closedDay = `to_char(closed_at AT TIME ZONE ?, 'YYYY-MM-DD')`
  const [row] = await manager.execute(
    `SELECT count(*) FILTER (WHERE closed_at >= ?::timestamptz)::int AS closed,
            count(*) FILTER (WHERE closed_at >= ?::timestamptz AND ${closedDay} <= first_due_on)::int AS within_one_month,
            count(*) FILTER (WHERE closed_at >= ?::timestamptz AND ${closedDay} <= due_on)::int AS within_three_months,
            count(*) FILTER (WHERE closed_at IS NULL)::int AS open,
            count(*) FILTER (WHERE closed_at IS NULL AND due_on < ?${input.pauseWhileVerifying ? " AND paused_since IS NULL" : ""})::int AS overdue
       FROM privacy_request WHERE deleted_at IS NULL AND status <> 'withdrawn' AND (closed_at IS NULL OR closed_at >= ?::timestamptz)`,
    [input.since, input.since, input.timeZone, input.since, input.timeZone, input.today, input.since].map((value) =>
      value instanceof Date ? value.toISOString() : value
    ) as never[]
  )
  return row as { closed: number; within_one_month: number; within_three_months: number; open: number; overdue: number }
}
