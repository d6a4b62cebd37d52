import { generateEntityId } from "@medusajs/framework/utils"
import type { RetentionRunStatus, RetentionRunTrigger } from "../modules/privacy/lib/constants"
import type { FailureDescription } from "./failure-code"

type Sql = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[]; rowCount?: number }> }

export type RetentionCounts = {
  warned: number
  /** Warning e-mails that could not be sent (tried again next run; the erasure waits for them). */
  warnings_failed: number
  eligible: number
  erased: number
  blocked: number
  /** Customers whose erasure failed. */
  failed: number
  orders_released: number
  consent_proofs_deleted: number
  expired_rows_deleted: Record<string, number>
  batches: number
  /** Batches whose erasure failed as a whole (their customers were then tried one by one). */
  batches_failed: number
  /** Every failure of the run, by code. */
  failure_codes: Record<string, number>
}

export type RunFailure = FailureDescription & {
  stage: "warning" | "batch" | "erasure" | "run"
  customer_number?: string | null
  batch?: number
  /** For warnings, listed once per code: how many failed with it. */
  count?: number
}

/** The report lists this many failures; `counts` always has them all. */
const LISTED_FAILURES = 100

export const emptyCounts = (): RetentionCounts => ({
  warned: 0,
  warnings_failed: 0,
  eligible: 0,
  erased: 0,
  blocked: 0,
  failed: 0,
  orders_released: 0,
  consent_proofs_deleted: 0,
  expired_rows_deleted: {},
  batches: 0,
  batches_failed: 0,
  failure_codes: {},
})

/** A run's counts and failures as the sweep goes; saved after each batch and at the end. */
export class RunReport {
  readonly counts = emptyCounts()
  readonly failures: RunFailure[] = []

  fail(failure: RunFailure) {
    this.counts.failure_codes[failure.code] = (this.counts.failure_codes[failure.code] ?? 0) + 1
    if (failure.stage === "warning") {
      const listed = this.failures.find((item) => item.stage === "warning" && item.code === failure.code)
      if (listed) {
        listed.count = (listed.count ?? 1) + 1
        return
      }
      failure = { ...failure, count: 1 }
    }
    if (this.failures.length < LISTED_FAILURES) {
      this.failures.push(failure)
    }
  }

  /** "code ×n, code ×m": for log lines. */
  codes(): string {
    return Object.entries(this.counts.failure_codes)
      .map(([code, n]) => `${code} ×${n}`)
      .join(", ")
  }
}

export type QueueRunInput = { trigger: RetentionRunTrigger; actor_id?: string | null; now?: Date; run_id?: string }

/** Records a run asked for (by staff or the schedule) that a worker is to pick up. */
export async function queueRetentionRun(db: Sql, input: QueueRunInput, status: "queued" | "running" = "queued"): Promise<string> {
  const id = input.run_id ?? generateEntityId("", "pret")
  await db.raw(
    `INSERT INTO privacy_retention_run (id, trigger, actor_id, status, started_at, as_of, counts) VALUES (?, ?, ?, ?, now(), ?, ?::jsonb)`,
    [id, input.trigger, input.actor_id ?? null, status, (input.now ?? new Date()).toISOString(), JSON.stringify(emptyCounts())]
  )
  return id
}

/**
 * Takes a queued run (or records a new one) as running. Answers the run's
 * current status instead when it is no longer queued: an event delivered
 * twice does not sweep twice.
 */
export async function beginRetentionRun(db: Sql, input: QueueRunInput): Promise<{ id: string; status: RetentionRunStatus; as_of: Date }> {
  if (!input.run_id) {
    const id = await queueRetentionRun(db, input, "running")
    return { id, status: "running", as_of: input.now ?? new Date() }
  }
  const claimed = await db.raw(
    `UPDATE privacy_retention_run SET status = 'running', started_at = now(), updated_at = now() WHERE id = ? AND status = 'queued' RETURNING as_of`,
    [input.run_id]
  )
  if (claimed.rows.length) {
    return { id: input.run_id, status: "running", as_of: input.now ?? new Date(claimed.rows[0].as_of) }
  }
  const { rows } = await db.raw(`SELECT status, as_of FROM privacy_retention_run WHERE id = ?`, [input.run_id])
  if (rows.length) {
    return { id: input.run_id, status: rows[0].status, as_of: new Date(rows[0].as_of) }
  }
  await queueRetentionRun(db, input, "running")
  return { id: input.run_id, status: "running", as_of: input.now ?? new Date() }
}

/** Must keep this statement's start: the crash test's script watches for it to count committed batches. */
export async function saveProgress(db: Sql, runId: string, report: RunReport) {
  await db.raw(`UPDATE privacy_retention_run SET counts = ?::jsonb, failures = ?::jsonb, updated_at = now() WHERE id = ?`, [
    JSON.stringify(report.counts),
    JSON.stringify(report.failures),
    runId,
  ])
}

export async function finishRetentionRun(db: Sql, runId: string, status: RetentionRunStatus, report: RunReport, started: number, reason: FailureDescription | null = null) {
  await db.raw(
    `UPDATE privacy_retention_run SET status = ?, finished_at = now(), duration_ms = ?, counts = ?::jsonb, failures = ?::jsonb, reason = ?::jsonb, updated_at = now() WHERE id = ?`,
    [status, Date.now() - started, JSON.stringify(report.counts), JSON.stringify(report.failures), reason ? JSON.stringify(reason) : null, runId]
  )
}

/**
 * Called holding the lock, so no other run is alive: one left running was
 * stopped mid-way, and one queued an hour ago was never picked up.
 */
export async function closeAbandonedRuns(db: Sql, runId: string, stopped: FailureDescription, neverStarted: FailureDescription) {
  await db.raw(
    `UPDATE privacy_retention_run SET status = 'interrupted', finished_at = now(), reason = ?::jsonb, updated_at = now() WHERE status = 'running' AND id <> ?`,
    [JSON.stringify(stopped), runId]
  )
  await db.raw(
    `UPDATE privacy_retention_run SET status = 'interrupted', finished_at = now(), reason = ?::jsonb, updated_at = now() WHERE status = 'queued' AND id <> ? AND created_at < now() - interval '1 hour'`,
    [JSON.stringify(neverStarted), runId]
  )
}
