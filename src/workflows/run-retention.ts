import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type { RetentionRunTrigger } from "../modules/privacy/lib/constants"
import type PrivacyModuleService from "../modules/privacy/service"
import { fixedPeriodTables } from "../retention/erasure-plan"
import { releaseBookkeeping } from "../retention/erase-customers"
import {
  deleteConsentProofs,
  nextBookkeepingReleases,
  nextEligible,
  nextExpiredConsentProofs,
  nextToWarn,
  type EligibleCustomer,
  type RetentionRules,
} from "../retention/eligibility"
import { database, erasureSettings } from "../retention/settings"
import { warningTextsFor } from "../retention/warning-texts"
import { eraseCustomersWorkflow } from "./erase-customers"
import { PrivacyEvents } from "./events"

export const RETENTION_LOCK_KEY = "privacy:retention-run"
export const ERASURE_WARNING_TEMPLATE = "privacy-erasure-warning"

export type RetentionCounts = {
  warned: number
  eligible: number
  erased: number
  blocked: number
  failed: number
  orders_released: number
  consent_proofs_deleted: number
  expired_rows_deleted: Record<string, number>
  batches: number
}

export type RunRetentionInput = {
  trigger: RetentionRunTrigger
  actor_id?: string | null
  /** The clock the run judges periods by; tests move it forward. */
  now?: Date
  batchSize?: number
  /** An id chosen beforehand, so an API caller can follow the run it started. */
  run_id?: string
}

type Container = MedusaContainer

const emptyCounts = (): RetentionCounts => ({
  warned: 0,
  eligible: 0,
  erased: 0,
  blocked: 0,
  failed: 0,
  orders_released: 0,
  consent_proofs_deleted: 0,
  expired_rows_deleted: {},
  batches: 0,
})

/** Starts the run's record; the caller then runs it (in the background for the API). */
export async function startRetentionRun(container: Container, input: RunRetentionInput): Promise<string> {
  const id = input.run_id ?? generateEntityId("", "pret")
  const now = input.now ?? new Date()
  await database(container).raw(
    `INSERT INTO privacy_retention_run (id, trigger, actor_id, status, started_at, as_of, counts) VALUES (?, ?, ?, 'running', now(), ?, ?::jsonb)`,
    [id, input.trigger, input.actor_id ?? null, now.toISOString(), JSON.stringify(emptyCounts())]
  )
  return id
}

/**
 * One sweep of the retention rules. Holds the Locking Module lock for the
 * whole sweep, so a second instance (or a second request) records a skipped
 * run instead of sweeping at the same time. Work is done in batches that each
 * commit on their own: a run that is killed leaves every finished batch done,
 * and the next run carries on with the rest, erasing no one twice.
 */
export async function runRetention(container: Container, input: RunRetentionInput): Promise<{ run_id: string; status: string; counts: RetentionCounts }> {
  const runId = input.run_id ?? (await startRetentionRun(container, input))
  const db = database(container)
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  try {
    await locking.acquire(RETENTION_LOCK_KEY, { ownerId: runId, expire: 6 * 3600 })
  } catch {
    await finish(db, runId, "skipped", emptyCounts(), [], started)
    return { run_id: runId, status: "skipped", counts: emptyCounts() }
  }

  const counts = emptyCounts()
  const failures: { customer_number: string | null; reason: string }[] = []
  try {
    // Holding the lock, no other run is alive: any left 'running' was stopped mid-way.
    await db.raw(`UPDATE privacy_retention_run SET status = 'interrupted', finished_at = now() WHERE status = 'running' AND id <> ?`, [runId])
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const options = privacy.getOptions()
    const rules: RetentionRules = options.retention
    const now = input.now ?? new Date()
    const batchSize = input.batchSize ?? options.retention.batchSize
    const progress = () => db.raw(`UPDATE privacy_retention_run SET counts = ?::jsonb, updated_at = now() WHERE id = ?`, [JSON.stringify(counts), runId])

    if (rules.warningDays > 0) {
      counts.warned = await sendWarnings(container, rules, now, batchSize, options.controller.name)
    }

    let after = ""
    for (;;) {
      const batch = await nextEligible(db, rules, now, after, batchSize)
      if (!batch.length) {
        break
      }
      after = batch[batch.length - 1].customer_id
      counts.eligible += batch.length
      counts.batches += 1
      await eraseBatch(container, batch, runId, now, counts, failures)
      await progress()
    }

    const settings = erasureSettings(container, now)
    for (;;) {
      const due = await nextBookkeepingReleases(db, now, batchSize)
      if (!due.length) {
        break
      }
      await releaseBookkeeping(db, due.map((row) => row.order_id), settings)
      await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).releaseBookkeepingHolds(due.map((row) => row.order_id), now)
      counts.orders_released += due.length
      await progress()
    }

    for (;;) {
      const subjects = await nextExpiredConsentProofs(db, rules, now, batchSize)
      if (!subjects.length) {
        break
      }
      await deleteConsentProofs(db, subjects)
      counts.consent_proofs_deleted += subjects.length
    }

    for (const { table, months, days } of fixedPeriodTables(settings.entries)) {
      const { rows } = await db.raw(`SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'created_at'`, [table])
      if (!rows.length) {
        continue
      }
      const interval = months ? `make_interval(months => ${months})` : `make_interval(days => ${days})`
      const result = await db.raw(`DELETE FROM "${table.replace(/"/g, '""')}" WHERE created_at < ?::timestamptz - ${interval}`, [now.toISOString()])
      if (result.rowCount) {
        counts.expired_rows_deleted[table] = result.rowCount
      }
    }

    await finish(db, runId, "completed", counts, failures, started)
    await container.resolve(Modules.EVENT_BUS).emit({ name: PrivacyEvents.RETENTION_COMPLETED, data: { id: runId, counts } })
    return { run_id: runId, status: "completed", counts }
  } catch (error) {
    logger.error(`privacy: retention run ${runId} failed (${(error as Error).name}: ${shortReason(error)})`)
    failures.push({ customer_number: null, reason: shortReason(error) })
    await finish(db, runId, "failed", counts, failures, started)
    return { run_id: runId, status: "failed", counts }
  } finally {
    await locking.release(RETENTION_LOCK_KEY, { ownerId: runId }).catch(() => undefined)
  }
}

/** One batch through the erasure workflow; a failing batch is retried one customer at a time to find who fails. */
async function eraseBatch(
  container: Container,
  batch: EligibleCustomer[],
  runId: string,
  now: Date,
  counts: RetentionCounts,
  failures: { customer_number: string | null; reason: string }[]
) {
  const erase = (ids: string[]) =>
    eraseCustomersWorkflow(container).run({
      input: { customer_ids: ids, trigger: "retention", actor: { type: "system" }, reason: null, run_id: runId, now: now.toISOString() },
    })
  try {
    const { result } = await erase(batch.map((row) => row.customer_id))
    counts.erased += result.erased.length
    counts.blocked += result.blocked.length
    return
  } catch {
    // Fall through: find the customers that fail.
  }
  for (const customer of batch) {
    try {
      const { result } = await erase([customer.customer_id])
      counts.erased += result.erased.length
      counts.blocked += result.blocked.length
    } catch (error) {
      counts.failed += 1
      failures.push({ customer_number: customer.customer_number, reason: shortReason(error) })
    }
  }
}

/** A failure's reason for the report: the error's own message (SQL errors carry no values), cut short. */
function shortReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error)
  return message.length > 300 ? `${message.slice(0, 297)}...` : message
}

async function sendWarnings(container: Container, rules: RetentionRules, now: Date, batchSize: number, shop: string): Promise<number> {
  const db = database(container)
  const notifications = container.resolve(Modules.NOTIFICATION)
  let sent = 0
  let after = ""
  for (;;) {
    const batch = await nextToWarn(db, rules, now, after, batchSize)
    if (!batch.length) {
      return sent
    }
    after = batch[batch.length - 1].customer_id
    for (const customer of batch) {
      const texts = warningTextsFor(customer.language || "en")
      const date = customer.erase_on.toLocaleDateString(customer.language || "en", { dateStyle: "long" })
      try {
        await notifications.createNotifications([
          {
            to: customer.email,
            channel: "email",
            template: ERASURE_WARNING_TEMPLATE,
            receiver_id: customer.customer_id,
            resource_type: "customer",
            resource_id: customer.customer_id,
            data: { language: customer.language, shop, erase_on: customer.erase_on.toISOString(), subject: texts.subject(shop), text: texts.body(shop, date) },
          },
        ])
      } catch {
        // Not marked as warned: the next run tries again, and erasure waits for a warning that was sent.
        continue
      }
      await db.raw(`UPDATE privacy_profile SET erasure_warning_sent_at = ? WHERE customer_id = ?`, [now.toISOString(), customer.customer_id])
      sent += 1
    }
  }
}

async function finish(
  db: ReturnType<typeof database>,
  runId: string,
  status: string,
  counts: RetentionCounts,
  failures: { customer_number: string | null; reason: string }[],
  started: number
) {
  await db.raw(
    `UPDATE privacy_retention_run SET status = ?, finished_at = now(), duration_ms = ?, counts = ?::jsonb, failures = ?::jsonb, updated_at = now() WHERE id = ?`,
    [status, Date.now() - started, JSON.stringify(counts), JSON.stringify(failures), runId]
  )
}
