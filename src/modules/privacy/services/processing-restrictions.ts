import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import * as restrictions from "../requests/restriction-store"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/**
 * Restrictions of processing (GDPR Art. 18). The audience and retention read
 * privacy_restriction directly in their statements; this starts and lifts
 * them.
 */
export class ProcessingRestrictionsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  @InjectTransactionManager()
  async restrictProcessing(
    input: restrictions.RestrictedPerson & { request_id?: string | null; reason: string; actor_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return restrictions.startRestriction(sharedContext.transactionManager as SqlEntityManager, this.options_.links.emailKey, input)
  }

  @InjectTransactionManager()
  async liftRestriction(person: restrictions.RestrictedPerson, actorId: string | null, @MedusaContext() sharedContext: Context = {}) {
    return restrictions.liftRestrictions(sharedContext.transactionManager as SqlEntityManager, this.options_.links.emailKey, person, actorId)
  }
}
