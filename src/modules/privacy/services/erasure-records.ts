import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  completeErasures,
  failPendingErasures,
  recordAddressErasure,
  recordErasureRequests,
  releaseHolds,
  type AddressErasureRequest,
  type CompletedErasures,
  type ErasureRequests,
} from "../erasures/erasure-store"

import type { PrivacyPluginOptions } from "../lib/options"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/** What an erasure leaves in the module: its record from request to completion, the relationship ended, bookkeeping holds and their release. */
export class ErasureRecordsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  @InjectTransactionManager()
  async recordAddressErasure(input: AddressErasureRequest, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await recordAddressErasure(sharedContext.transactionManager as SqlEntityManager, input, this.options_.links.emailKey)
  }

  /** Ends the relationships and records the erasures in one transaction, before anything is erased. */
  @InjectTransactionManager()
  async recordErasureRequests(input: ErasureRequests, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await recordErasureRequests(sharedContext.transactionManager as SqlEntityManager, input)
  }

  @InjectTransactionManager()
  async failPendingErasures(erasureIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await failPendingErasures(sharedContext.transactionManager as SqlEntityManager, erasureIds)
  }

  @InjectTransactionManager()
  async completeErasures(input: CompletedErasures, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await completeErasures(sharedContext.transactionManager as SqlEntityManager, input)
  }

  @InjectTransactionManager()
  async releaseBookkeepingHolds(orderIds: string[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await releaseHolds(sharedContext.transactionManager as SqlEntityManager, orderIds, now.toISOString())
  }
}
