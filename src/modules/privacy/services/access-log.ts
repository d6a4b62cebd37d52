import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import * as log from "../access-log/access-log-store"
import type { AccessLogInput, AccessLogRow } from "../lib/access-log"

type InjectedDependencies = { baseRepository: DAL.RepositoryService }

/** The record of staff access to customers' data: appended in batches, read by officers, checked, pruned by retention. */
export class AccessLogService {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor({ baseRepository }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
  }

  @InjectTransactionManager()
  async appendAccessLog(entries: AccessLogInput[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return log.appendEntries(sharedContext.transactionManager as SqlEntityManager, entries)
  }

  @InjectTransactionManager()
  async listAccessLog(filters: log.AccessLogFilters, @MedusaContext() sharedContext: Context = {}): Promise<AccessLogRow[]> {
    return log.listEntries(sharedContext.transactionManager as SqlEntityManager, filters)
  }

  @InjectTransactionManager()
  async verifyAccessLog(@MedusaContext() sharedContext: Context = {}): Promise<log.ChainCheck> {
    return log.verifyChain(sharedContext.transactionManager as SqlEntityManager)
  }
}
