import type { Context, DAL, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type PrivacyExport from "../models/privacy-export"
import * as exportStore from "../exports/export-store"
import type { VerificationMethod } from "../lib/constants"
import type { PrivacyPluginOptions } from "../lib/options"

type ExportService = ModulesSdkTypes.IMedusaInternalService<typeof PrivacyExport>

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  privacyOptions: PrivacyPluginOptions
  privacyExportService: ExportService
}

export type ExportRequestInput = {
  /** Null for a person without an account, served by `email` (a verified address). */
  customer_id: string | null
  email?: string | null
  requested_by: "customer" | "staff"
  verification: VerificationMethod
  actor: { type: "customer" | "user" | "api-key"; id?: string | null }
  language: string
  note?: string | null
}

/** An export's life: the request and its daily limit, then pending → building → ready or failed. */
export class ExportRequestsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions
  protected readonly exportService_: ExportService

  constructor({ baseRepository, privacyOptions, privacyExportService }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
    this.exportService_ = privacyExportService
  }

  /**
   * A customer's own requests are limited per 24 hours (failed ones do not
   * count). Takes a per-customer lock for the rest of the caller's
   * transaction, so the count and the insert that follows cannot be slipped
   * past by a parallel request. Returns the limit when it is reached.
   */
  @InjectTransactionManager()
  async reachedDailyLimit(input: ExportRequestInput, @MedusaContext() sharedContext: Context = {}): Promise<number | null> {
    if (input.requested_by !== "customer" || !input.customer_id) {
      return null
    }
    const limit = this.options_.exports.dailyLimit
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Advisory lock: the data-model services lock rows, and the row to insert does not exist yet.
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`privacy-export:${input.customer_id}`])
    const [, count] = await this.exportService_.listAndCount(
      {
        customer_id: input.customer_id,
        requested_by: "customer",
        status: { $ne: "failed" },
        created_at: { $gt: new Date(Date.now() - 86_400_000) },
      },
      { select: ["id"], take: 1 },
      sharedContext
    )
    return count >= limit ? limit : null
  }

  /** The new export's fields, set here rather than left to column defaults: the returned record is what the API answers with. */
  newExport(input: ExportRequestInput) {
    return {
      customer_id: input.customer_id,
      email: input.customer_id ? null : (input.email ?? null),
      status: "pending" as const,
      attempts: 0,
      download_count: 0,
      requested_by: input.requested_by,
      verification: input.verification,
      actor_type: input.actor.type,
      actor_id: input.actor.id ?? null,
      language: input.language,
      note: input.note ?? null,
    }
  }

  /** Starts the build of a pending export; null when it is not pending (another run has it, or it is done). */
  @InjectTransactionManager()
  async claimExportBuild(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    return exportStore.claimBuild(sharedContext.transactionManager as SqlEntityManager, exportId)
  }

  /** Offers the stored file; null when this attempt no longer owns the build. */
  @InjectTransactionManager()
  async completeExportBuild(
    input: Parameters<typeof exportStore.completeBuild>[1],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return exportStore.completeBuild(sharedContext.transactionManager as SqlEntityManager, input)
  }

  @InjectTransactionManager()
  async uncompleteExportBuild(exportId: string, attempt: number, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.uncompleteBuild(sharedContext.transactionManager as SqlEntityManager, exportId, attempt)
  }

  /** Marks a build failed with its reason; null when the export was not being built (or pending, if allowed). */
  @InjectTransactionManager()
  async failExportBuild(
    exportId: string,
    reason: string,
    from: readonly ("pending" | "building")[] = ["building"],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return exportStore.failBuild(sharedContext.transactionManager as SqlEntityManager, exportId, reason, from)
  }

  @InjectTransactionManager()
  async reopenFailedExport(exportId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    return exportStore.reopenFailed(sharedContext.transactionManager as SqlEntityManager, exportId, customerId)
  }

  @InjectTransactionManager()
  async unreopenExport(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.unreopen(sharedContext.transactionManager as SqlEntityManager, exportId)
  }

  /**
   * Exports that stopped moving: pending ones whose build never started (the
   * event was lost with a restart) and builds that never finished (the process
   * died). `updated_at` is when the status last changed.
   */
  @InjectManager()
  async listStalledExports(
    { pendingMinutes, buildingMinutes, limit }: { pendingMinutes: number; buildingMinutes: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; customer_id: string; status: string }[]> {
    const before = (minutes: number) => new Date(Date.now() - minutes * 60_000)
    const stalled = await this.exportService_.list(
      {
        $or: [
          { status: "pending", updated_at: { $lt: before(pendingMinutes) } },
          { status: "building", updated_at: { $lt: before(buildingMinutes) } },
        ],
      },
      { select: ["id", "customer_id", "status"], order: { updated_at: "ASC" }, take: limit },
      sharedContext
    )
    return this.baseRepository_.serialize(stalled)
  }
}
