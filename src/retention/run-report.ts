import { generateEntityId } from "@medusajs/framework/utils"
import type { RetentionRunStatus, RetentionRunTrigger } from "../modules/privacy/lib/constants"
import type PrivacyModuleService from "../modules/privacy/service"
import type { FailureDescription } from "./failure-code"

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
  /** Consent subjects without an account erased after `inactivityMonths` without activity. */
  subjects_erased: number
  expired_rows_deleted: Record<string, number>
  batches: number
  /** Batches whose erasure failed as a whole (their customers were then tried one by one). */
  batches_failed: number
  /** Every failure of the run, by code. */
  failure_codes: Record<string, number>
  /** Rows the run's erasures deleted or anonymised, by table (an erasure record of a batch holds only its size). */
  rows_erased: Record<string, number>
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
  subjects_erased: 0,
  expired_rows_deleted: {},
  batches: 0,
  batches_failed: 0,
  failure_codes: {},
  rows_erased: {},
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
export async function queueRetentionRun(privacy: PrivacyModuleService, input: QueueRunInput): Promise<string> {
  const id = input.run_id ?? generateEntityId("", "pret")
  const run = { id, trigger: input.trigger, actor_id: input.actor_id ?? null, as_of: input.now ?? new Date(), counts: emptyCounts() }
  await privacy.queueRetentionRun({ ...run, status: "queued" })
  return id
}

/** Takes the queued run `run_id` (or records a new one) as running, or answers its status when it is no longer queued. */
export async function beginRetentionRun(privacy: PrivacyModuleService, input: QueueRunInput): Promise<{ id: string; status: RetentionRunStatus; as_of: Date }> {
  const id = input.run_id ?? generateEntityId("", "pret")
  return privacy.beginRetentionRun({ id, trigger: input.trigger, actor_id: input.actor_id ?? null, as_of: input.now, counts: emptyCounts() })
}

export async function saveProgress(privacy: PrivacyModuleService, runId: string, report: RunReport) {
  await privacy.saveRetentionProgress(runId, { counts: report.counts, failures: report.failures })
}

export async function finishRetentionRun(
  privacy: PrivacyModuleService,
  runId: string,
  status: RetentionRunStatus,
  report: RunReport,
  started: number,
  reason: FailureDescription | null = null
) {
  await privacy.finishRetentionRun(runId, status, Date.now() - started, { counts: report.counts, failures: report.failures, reason })
}
