import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { entityIds } from "../lib/entity-ids"
import type { RecipientChange, RecipientTaskStatus } from "../lib/disclosures"

export type RecipientTaskRow = {
  id: string
  recipient_id: string
  change: RecipientChange
  customer_id: string | null
  request_id: string | null
  status: RecipientTaskStatus
  reason: string | null
  notified_at: Date | null
  closed_at: Date | null
  closed_by: string | null
  created_at: Date
}

const SELECT = "id, recipient_id, change, customer_id, request_id, status, reason, notified_at, closed_at, closed_by, created_at"

/**
 * The statement that opens a task for each recipient the log shows had the
 * data of the customers in `customers` (an SQL set), once per recipient
 * and change. Erasure runs it inside its own transaction, before the log
 * can change; a request's restriction or rectification uses `openTasks`.
 */
export function openTasksStatement(customers: string, change: RecipientChange): string {
  return `INSERT INTO privacy_recipient_task (id, recipient_id, change, customer_id, request_id, status, created_at, updated_at)
    SELECT 'prtk_' || upper(replace(gen_random_uuid()::text, '-', '')), d.recipient_id, '${change}', d.customer_id, NULL, 'open', now(), now()
    FROM (SELECT DISTINCT recipient_id, customer_id FROM privacy_disclosure
          WHERE deleted_at IS NULL AND customer_id IN ${customers}) d
    ON CONFLICT DO NOTHING`
}

/** Opens the tasks for one customer; answers those opened now. */
export async function openTasks(
  manager: SqlEntityManager,
  input: { customer_id: string; change: RecipientChange; request_id: string | null }
): Promise<RecipientTaskRow[]> {
  const recipients: { recipient_id: string }[] = await manager.execute(
    `SELECT DISTINCT recipient_id FROM privacy_disclosure WHERE deleted_at IS NULL AND customer_id = ?`,
    [input.customer_id]
  )
  if (!recipients.length) {
    return []
  }
  const ids = entityIds("prtk", recipients.length)
  const rows = recipients.map((row, index) => ({ id: ids[index], recipient_id: row.recipient_id }))
  return manager.execute(
    `INSERT INTO privacy_recipient_task (id, recipient_id, change, customer_id, request_id, status, created_at, updated_at)
     SELECT x.id, x.recipient_id, ?, ?, ?, 'open', now(), now() FROM jsonb_to_recordset(?::jsonb) AS x(id text, recipient_id text)
     ON CONFLICT DO NOTHING
     RETURNING ${SELECT}`,
    [input.change, input.customer_id, input.request_id, JSON.stringify(rows)]
  )
}

/** Tasks whose event has not gone out, for the given customers (or all), marked as notified in the same statement. */
export async function claimUnnotifiedTasks(manager: SqlEntityManager, customerIds: string[] | null): Promise<RecipientTaskRow[]> {
  return manager.execute(
    `UPDATE privacy_recipient_task SET notified_at = now(), updated_at = now()
     WHERE deleted_at IS NULL AND notified_at IS NULL ${customerIds ? "AND customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))" : ""}
     RETURNING ${SELECT}`,
    // As JSON: the SQL layer would spread a JS array into a list of bindings.
    customerIds ? [JSON.stringify(customerIds)] : []
  )
}

export type TaskFilter = {
  status?: RecipientTaskStatus
  recipient_id?: string
  request_id?: string
  customer_id?: string
  limit: number
  offset: number
}

export async function listTasks(manager: SqlEntityManager, filter: TaskFilter): Promise<{ rows: RecipientTaskRow[]; count: number }> {
  const where = ["deleted_at IS NULL"]
  const params: unknown[] = []
  for (const key of ["status", "recipient_id", "request_id", "customer_id"] as const) {
    if (filter[key]) {
      where.push(`${key} = ?`)
      params.push(filter[key])
    }
  }
  const condition = where.join(" AND ")
  const [rows, [{ count }]] = await Promise.all([
    manager.execute(`SELECT ${SELECT} FROM privacy_recipient_task WHERE ${condition} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`, [
      ...params,
      filter.limit,
      filter.offset,
    ]),
    manager.execute(`SELECT count(*)::int AS count FROM privacy_recipient_task WHERE ${condition}`, params),
  ])
  return { rows: rows as RecipientTaskRow[], count }
}

/** Open tasks per recipient, for the register's overview. */
export async function countOpenTasksByRecipient(manager: SqlEntityManager): Promise<Record<string, number>> {
  const rows: { recipient_id: string; n: number }[] = await manager.execute(
    `SELECT recipient_id, count(*)::int AS n FROM privacy_recipient_task WHERE deleted_at IS NULL AND status = 'open' GROUP BY recipient_id`
  )
  return Object.fromEntries(rows.map((row) => [row.recipient_id, row.n]))
}

/**
 * Closes an open task; answers null when the task does not exist and the
 * task as it stands when it was already closed (closed once, by one officer).
 */
export async function closeTask(
  manager: SqlEntityManager,
  input: { id: string; status: Exclude<RecipientTaskStatus, "open">; reason: string | null; actor_id: string | null }
): Promise<{ task: RecipientTaskRow; closed: boolean } | null> {
  const [closed] = await manager.execute(
    `UPDATE privacy_recipient_task SET status = ?, reason = ?, closed_at = now(), closed_by = ?, updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND status = 'open' RETURNING ${SELECT}`,
    [input.status, input.reason, input.actor_id, input.id]
  )
  if (closed) {
    return { task: closed as RecipientTaskRow, closed: true }
  }
  const [existing] = await manager.execute(`SELECT ${SELECT} FROM privacy_recipient_task WHERE id = ? AND deleted_at IS NULL`, [input.id])
  return existing ? { task: existing as RecipientTaskRow, closed: false } : null
}

/** The disclosures each task rests on: what went to that recipient about that customer before the task opened. */
export async function taskSources(manager: SqlEntityManager, tasks: RecipientTaskRow[]) {
  const keyed = tasks.filter((task) => task.customer_id)
  if (!keyed.length) {
    return new Map<string, { occasion: string; source_id: string | null; order_id: string | null; disclosed_at: Date }[]>()
  }
  const rows: { task_id: string; occasion: string; source_id: string | null; order_id: string | null; disclosed_at: Date }[] =
    await manager.execute(
      `SELECT t.id AS task_id, d.occasion, d.source_id, d.order_id, d.disclosed_at
       FROM privacy_recipient_task t
       JOIN privacy_disclosure d ON d.customer_id = t.customer_id AND d.recipient_id = t.recipient_id AND d.deleted_at IS NULL
       WHERE t.id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND d.disclosed_at <= t.created_at
       ORDER BY d.disclosed_at`,
      [JSON.stringify(keyed.map((task) => task.id))]
    )
  const byTask = new Map<string, { occasion: string; source_id: string | null; order_id: string | null; disclosed_at: Date }[]>()
  for (const { task_id, ...source } of rows) {
    byTask.set(task_id, [...(byTask.get(task_id) ?? []), source])
  }
  return byTask
}
