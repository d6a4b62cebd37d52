import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { deleteExpiredRows, type FixedPeriod } from "../retention/expired-records-store"
import type { PrivacyPluginOptions } from "../lib/options"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/** The module's records kept for a fixed period (double opt-ins, export and erasure records), deleted once it has passed. */
export class ExpiredRecordsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  /** True for the tables the data map assigns to this module: the only ones it deletes from. */
  ownsTable(table: string): boolean {
    return this.options_.dataMap.entries.some((entry) => entry.table === table && entry.module === "privacy")
  }

  /** Deletes each table's rows older than its period; answers the rows deleted per table (tables with none left out). */
  @InjectTransactionManager()
  async deleteExpiredRecords(periods: FixedPeriod[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    const foreign = periods.find(({ table }) => !this.ownsTable(table))
    if (foreign) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The privacy module deletes only its own records, not those of ${foreign.table}`)
    }
    const deleted: Record<string, number> = {}
    for (const period of periods) {
      const count = await deleteExpiredRows(sharedContext.transactionManager as SqlEntityManager, period, now)
      if (count) {
        deleted[period.table] = count
      }
    }
    return deleted
  }
}
