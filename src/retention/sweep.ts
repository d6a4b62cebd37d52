import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type { RetentionRunStatus, RetentionRunTrigger } from "../modules/privacy/lib/constants"
import type PrivacyModuleService from "../modules/privacy/service"
import { eraseCustomersWorkflow } from "../workflows/erase-customers"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { deleteExpiredRows } from "./delete-expired-rows"
import { erasePeople, releaseBookkeeping } from "./erase-customers"
import { nextBookkeepingReleases, nextEligible, nextExpiredConsentProofs, nextInactiveSubjects, type EligibleCustomer, type RetentionRules } from "./eligibility"
import { describeFailure, lockFailure, RunFailureCodes, type FailureDescription } from "./failure-code"
import { takeLease, type Lease, type Locking } from "./lock-lease"
import { beginRetentionRun, finishRetentionRun, RunReport, saveProgress, type RetentionCounts } from "./run-report"
import { sendWarnings } from "./send-warnings"
import { database, erasureSettings } from "./settings"

export { ERASURE_WARNING_TEMPLATE } from "./send-warnings"
export type { RetentionCounts } from "./run-report"

export const RETENTION_LOCK_KEY = "privacy:retention-run"

export type RunRetentionInput = {
  trigger: RetentionRunTrigger
  actor_id?: string | null
  /** The clock the run judges periods by; tests move it forward. */
  now?: Date
  batchSize?: number
  /** A run recorded beforehand (queued by the API), which this call takes up. */
  run_id?: string
}

export type RunRetentionResult = { run_id: string; status: RetentionRunStatus; counts: RetentionCounts; reason: FailureDescription | null }

class LeaseLost extends Error {}

/**
 * One sweep of the retention rules. Holds the Locking Module lock for the
 * whole sweep on a short lease renewed while it lives, so a second run
 * records itself skipped instead of sweeping at the same time, and a run
 * whose process dies blocks the next one for a minute at most. Work is done
 * in batches that each commit on their own: a run that is killed leaves every
 * finished batch done, and the next run carries on with the rest, erasing no
 * one twice. Every failure is logged and reported by code, never with the
 * driver's message (it carries the statement's values).
 */
export async function runRetention(container: MedusaContainer, input: RunRetentionInput): Promise<RunRetentionResult> {
  const db = database(container)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const report = new RunReport()
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const run = await beginRetentionRun(privacy, input)
  if (run.status !== "running") {
    logger.info(`privacy: retention run ${run.id} is already ${run.status}; not started again`)
    return { run_id: run.id, status: run.status, counts: report.counts, reason: null }
  }
  const runId = run.id

  let lease: Lease
  try {
    lease = await takeLease(container.resolve<Locking>(Modules.LOCKING), RETENTION_LOCK_KEY, runId, {
      onLost: () => logger.error(`privacy: retention run ${runId} lost its lock (${RunFailureCodes.LOCK_LOST.code}); stopping after the current batch`),
    })
  } catch (error) {
    const reason = lockFailure(error)
    logger.warn(`privacy: retention run ${runId} skipped (${reason.code}): ${reason.message}`)
    await finishRetentionRun(privacy, runId, "skipped", report, started, reason)
    return { run_id: runId, status: "skipped", counts: report.counts, reason }
  }
  const stillHeld = () => {
    if (lease.lost) {
      throw new LeaseLost()
    }
  }

  try {
    await privacy.closeAbandonedRuns(runId, RunFailureCodes.PROCESS_STOPPED, RunFailureCodes.NEVER_STARTED)
    const options = privacy.getOptions()
    const rules: RetentionRules = options.retention
    const now = run.as_of
    const batchSize = input.batchSize ?? options.retention.batchSize

    if (rules.warningDays > 0) {
      await sendWarnings(container, rules, now, batchSize, options.controller.name, report)
      if (report.counts.warnings_failed) {
        logger.error(
          `privacy: retention run ${runId}: ${report.counts.warnings_failed} erasure warnings could not be sent (${report.codes()}); those customers are erased only once warned`
        )
      }
      stillHeld()
    }

    let after = ""
    for (;;) {
      const batch = await nextEligible(db, rules, now, after, batchSize)
      if (!batch.length) {
        break
      }
      after = batch[batch.length - 1].customer_id
      report.counts.eligible += batch.length
      report.counts.batches += 1
      await eraseBatch(container, logger, batch, runId, now, report)
      await saveProgress(privacy, runId, report)
      stillHeld()
    }

    const settings = erasureSettings(container, now)
    // Subscribers without an account: only their consent subjects go (the person of the subjects alone).
    let afterSubject = ""
    for (;;) {
      const subjects = await nextInactiveSubjects(db, rules, now, afterSubject, batchSize, settings.emailKey)
      if (!subjects.length) {
        break
      }
      afterSubject = subjects[subjects.length - 1].id
      const erased = await erasePeople(
        db,
        { subjectIds: subjects.map((subject) => subject.id), emails: subjects.filter((subject) => subject.alone).map((subject) => subject.email!) },
        settings
      )
      report.counts.subjects_erased += subjects.length
      for (const count of erased.counts.filter((row) => row.action !== "keep")) {
        report.counts.rows_erased[count.table] = (report.counts.rows_erased[count.table] ?? 0) + count.rows
      }
      await saveProgress(privacy, runId, report)
      stillHeld()
    }

    for (;;) {
      const due = await nextBookkeepingReleases(db, now, batchSize)
      if (!due.length) {
        break
      }
      await releaseBookkeeping(db, due.map((row) => row.order_id), settings)
      await privacy.releaseBookkeepingHolds(due.map((row) => row.order_id), now)
      report.counts.orders_released += due.length
      await saveProgress(privacy, runId, report)
      stillHeld()
    }

    for (;;) {
      const subjects = await nextExpiredConsentProofs(db, rules, now, batchSize)
      if (!subjects.length) {
        break
      }
      await privacy.deleteConsentProofs(subjects)
      report.counts.consent_proofs_deleted += subjects.length
      stillHeld()
    }

    report.counts.expired_rows_deleted = await deleteExpiredRows(db, privacy, settings, now)
    // The disclosure log follows its orders, or its own period without one: not a fixed period of the map.
    const disclosures = await privacy.deleteExpiredDisclosures(now)
    if (disclosures) {
      report.counts.expired_rows_deleted.privacy_disclosure = disclosures
    }

    await finishRetentionRun(privacy, runId, "completed", report, started)
    await container.resolve(Modules.EVENT_BUS).emit({ name: PrivacyEvents.RETENTION_COMPLETED, data: { id: runId, counts: report.counts } })
    return { run_id: runId, status: "completed", counts: report.counts, reason: null }
  } catch (error) {
    const reason = error instanceof LeaseLost ? { ...RunFailureCodes.LOCK_LOST } : describeFailure(error, RunFailureCodes.RUN_FAILED)
    logger.error(`privacy: retention run ${runId} failed (${reason.code}): ${reason.message}`)
    report.fail({ stage: "run", ...reason })
    await finishRetentionRun(privacy, runId, "failed", report, started, reason)
    return { run_id: runId, status: "failed", counts: report.counts, reason }
  } finally {
    await lease.release().catch((error) => logger.warn(`privacy: retention run ${runId} could not release its lock (${describeFailure(error, RunFailureCodes.LOCK_FAILED).code})`))
  }
}

/** One batch through the erasure workflow; a failing batch is retried one customer at a time to find who fails. */
async function eraseBatch(container: MedusaContainer, logger: Logger, batch: EligibleCustomer[], runId: string, now: Date, report: RunReport) {
  const erase = (ids: string[]) =>
    eraseCustomersWorkflow(container).run({
      input: { customer_ids: ids, trigger: "retention", actor: { type: "system" }, reason: null, run_id: runId, now: now.toISOString() },
    })
  const counted = (result: { erased: unknown[]; blocked: unknown[]; counts: { table: string; action: string; rows: number }[] }) => {
    report.counts.erased += result.erased.length
    report.counts.blocked += result.blocked.length
    for (const count of result.counts.filter((row) => row.action !== "keep")) {
      report.counts.rows_erased[count.table] = (report.counts.rows_erased[count.table] ?? 0) + count.rows
    }
  }
  try {
    counted((await erase(batch.map((row) => row.customer_id))).result)
    return
  } catch (error) {
    const failure = describeFailure(error, RunFailureCodes.BATCH_FAILED)
    report.counts.batches_failed += 1
    report.fail({ stage: "batch", batch: report.counts.batches, ...failure })
    logger.warn(`privacy: retention run ${runId}: batch ${report.counts.batches} (${batch.length} customers) failed (${failure.code}); erasing its customers one by one`)
  }
  let failed = 0
  const codes = new Set<string>()
  for (const customer of batch) {
    try {
      counted((await erase([customer.customer_id])).result)
    } catch (error) {
      const failure = describeFailure(error, RunFailureCodes.ERASURE_FAILED)
      report.counts.failed += 1
      report.fail({ stage: "erasure", customer_number: customer.customer_number, batch: report.counts.batches, ...failure })
      failed += 1
      codes.add(failure.code)
    }
  }
  if (failed) {
    logger.error(`privacy: retention run ${runId}: ${failed} of ${batch.length} erasures in batch ${report.counts.batches} failed (${[...codes].join(", ")}); the next run tries them again`)
  }
}
