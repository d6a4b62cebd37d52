import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { RetentionRunStatus } from "../lib/constants"
import * as runs from "../retention/run-store"
import type { NewRetentionRun, RunRecordReport } from "../retention/run-store"

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

export type BeginRetentionRun = Omit<NewRetentionRun, "status" | "as_of"> & {
  /** The clock the run judges by; a run taken from the queue keeps the one it was queued with otherwise. */
  as_of?: Date
}

/** The records of retention runs: queued, taken up by one worker, progress, outcome, and runs left behind. */
export class RetentionRunsService {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor({ baseRepository }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
  }

  @InjectTransactionManager()
  async queueRetentionRun(run: NewRetentionRun, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await runs.insertRun(sharedContext.transactionManager as SqlEntityManager, run)
  }

  /**
   * Takes a queued run (or records a new one) as running. Answers the run's
   * current status instead when it is no longer queued: an event delivered
   * twice does not sweep twice.
   */
  @InjectTransactionManager()
  async beginRetentionRun(
    run: BeginRetentionRun,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: RetentionRunStatus; as_of: Date }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const claimed = await runs.claimQueuedRun(manager, run.id)
    if (claimed) {
      return { id: run.id, status: "running", as_of: run.as_of ?? new Date(claimed.as_of) }
    }
    const existing = await runs.runStatus(manager, run.id)
    if (existing) {
      return { id: run.id, status: existing.status, as_of: new Date(existing.as_of) }
    }
    const asOf = run.as_of ?? new Date()
    await runs.insertRun(manager, { ...run, status: "running", as_of: asOf })
    return { id: run.id, status: "running", as_of: asOf }
  }

  @InjectTransactionManager()
  async saveRetentionProgress(id: string, report: RunRecordReport, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await runs.saveRunProgress(sharedContext.transactionManager as SqlEntityManager, id, report)
  }

  @InjectTransactionManager()
  async finishRetentionRun(
    id: string,
    status: RetentionRunStatus,
    durationMs: number,
    report: RunRecordReport,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await runs.finishRun(sharedContext.transactionManager as SqlEntityManager, id, status, durationMs, report)
  }

  /** Called holding the run lock, so no other run is alive: one left running was stopped mid-way, one queued an hour ago was never picked up. */
  @InjectTransactionManager()
  async closeAbandonedRuns(id: string, stopped: unknown, neverStarted: unknown, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await runs.closeAbandonedRuns(sharedContext.transactionManager as SqlEntityManager, id, stopped, neverStarted)
  }

  @InjectTransactionManager()
  async unqueueRetentionRun(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await runs.deleteQueuedRun(sharedContext.transactionManager as SqlEntityManager, id)
  }
}
