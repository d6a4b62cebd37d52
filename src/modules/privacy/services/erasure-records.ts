import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { completeErasures, releaseHolds, type CompletedErasures } from "../erasures/erasure-store"

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

/** What an erasure leaves in the module: completed records, erased profiles, bookkeeping holds and their release. */
export class ErasureRecordsService {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor({ baseRepository }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
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
