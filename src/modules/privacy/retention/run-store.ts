import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { RetentionRunStatus, RetentionRunTrigger } from "../lib/constants"
import { firstRow } from "../lib/first-row"

/**
 * The records of retention runs. Raw SQL because every change is conditional
 * on the run's status in the same statement (a queued run is taken once, only
 * runs left behind are closed), which the data-model services cannot express
 * without a read-then-write race between workers.
 */

export type NewRetentionRun = {
  id: string
  trigger: RetentionRunTrigger
  actor_id: string | null
  status: "queued" | "running"
  as_of: Date
  counts: unknown
}

/** A run's report as saved: counts, the failures listed, and why it stopped (a code and a fixed text). */
export type RunRecordReport = { counts: unknown; failures: unknown[]; reason?: unknown | null }

export async function insertRun(manager: SqlEntityManager, run: NewRetentionRun): Promise<void> {
  await manager.execute(
    `INSERT INTO privacy_retention_run (id, trigger, actor_id, status, started_at, as_of, counts) VALUES (?, ?, ?, ?, now(), ?, ?::jsonb)`,
    [run.id, run.trigger, run.actor_id, run.status, run.as_of.toISOString(), JSON.stringify(run.counts)]
  )
}

/** Takes a queued run as running; answers its as-of date, or undefined when it was not queued. */
export async function claimQueuedRun(manager: SqlEntityManager, id: string): Promise<{ as_of: Date } | undefined> {
  return firstRow(
    manager,
    `UPDATE privacy_retention_run SET status = 'running', started_at = now(), updated_at = now() WHERE id = ? AND status = 'queued' RETURNING as_of`,
    [id]
  )
}

export async function runStatus(manager: SqlEntityManager, id: string): Promise<{ status: RetentionRunStatus; as_of: Date } | undefined> {
  return firstRow(manager, `SELECT status, as_of FROM privacy_retention_run WHERE id = ?`, [id])
}

export async function saveRunProgress(manager: SqlEntityManager, id: string, report: RunRecordReport): Promise<void> {
  await manager.execute(`UPDATE privacy_retention_run SET counts = ?::jsonb, failures = ?::jsonb, updated_at = now() WHERE id = ?`, [
    JSON.stringify(report.counts),
    JSON.stringify(report.failures),
    id,
  ])
}

export async function finishRun(manager: SqlEntityManager, id: string, status: RetentionRunStatus, durationMs: number, report: RunRecordReport): Promise<void> {
  await manager.execute(
    `UPDATE privacy_retention_run SET status = ?, finished_at = now(), duration_ms = ?, counts = ?::jsonb, failures = ?::jsonb, reason = ?::jsonb, updated_at = now() WHERE id = ?`,
    [status, durationMs, JSON.stringify(report.counts), JSON.stringify(report.failures), report.reason ? JSON.stringify(report.reason) : null, id]
  )
}

/** Runs other than `id` left running, and those queued over an hour ago, become interrupted with the reason given for each. */
export async function closeAbandonedRuns(manager: SqlEntityManager, id: string, stopped: unknown, neverStarted: unknown): Promise<void> {
  await manager.execute(
    `UPDATE privacy_retention_run SET status = 'interrupted', finished_at = now(), reason = ?::jsonb, updated_at = now() WHERE status = 'running' AND id <> ?`,
    [JSON.stringify(stopped), id]
  )
  await manager.execute(
    `UPDATE privacy_retention_run SET status = 'interrupted', finished_at = now(), reason = ?::jsonb, updated_at = now() WHERE status = 'queued' AND id <> ? AND created_at < now() - interval '1 hour'`,
    [JSON.stringify(neverStarted), id]
  )
}

/** Withdraws a run that no worker has taken up yet. */
export async function deleteQueuedRun(manager: SqlEntityManager, id: string): Promise<void> {
  await manager.execute(`DELETE FROM privacy_retention_run WHERE id = ? AND status = 'queued'`, [id])
}
