import type { Context, DAL } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import * as disclosures from "../disclosures/disclosure-store"
import * as tasks from "../disclosures/task-store"
import { AUTOMATIC_DISCLOSURES, type RecipientChange } from "../lib/disclosures"
import { entityIds } from "../lib/entity-ids"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

const managerOf = (context: Context) => (context.transactionManager ?? context.manager) as SqlEntityManager

/**
 * The disclosure log (who received a person's data, GDPR Art. 15(1)(c)) and
 * the recipient tasks that follow a rectification, erasure or restriction
 * (Art. 19). The register itself lives in the options.
 */
export class RecipientDisclosuresService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  @InjectTransactionManager()
  async recordDisclosures(inputs: disclosures.DisclosureInput[], @MedusaContext() sharedContext: Context = {}) {
    return disclosures.insertDisclosures(managerOf(sharedContext), inputs)
  }

  /** Logs the carrier behind a fulfillment's provider; answers the rows written (0 without a carrier or customer). */
  @InjectTransactionManager()
  async recordFulfillmentDisclosure(input: { fulfillment_id: string; order_id: string }, @MedusaContext() sharedContext: Context = {}) {
    const carriers = this.options_.recipients.flatMap((recipient) =>
      recipient.providers.fulfillment.map((provider) => ({ provider, id: recipient.id, name: recipient.name }))
    )
    if (!carriers.length) {
      return 0
    }
    const { categories, legalBasis } = AUTOMATIC_DISCLOSURES.fulfillment
    const [id] = entityIds("pdsc", 1)
    return disclosures.insertFulfillmentDisclosure(managerOf(sharedContext), { id, ...input, carriers, categories, legal_basis: legalBasis })
  }

  @InjectManager()
  async listDisclosures(filter: disclosures.DisclosureFilter, @MedusaContext() sharedContext: Context = {}) {
    return disclosures.listDisclosures(managerOf(sharedContext), filter)
  }

  @InjectManager()
  async getRecipientCounts(@MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    const [disclosed, open] = await Promise.all([disclosures.countDisclosuresByRecipient(manager), tasks.countOpenTasksByRecipient(manager)])
    return { disclosed, open }
  }

  @InjectTransactionManager()
  async deleteExpiredDisclosures(now: Date, @MedusaContext() sharedContext: Context = {}) {
    return disclosures.deleteExpiredDisclosures(managerOf(sharedContext), this.options_.retention.disclosureLogYears, now)
  }

  @InjectTransactionManager()
  async openRecipientTasks(
    input: { customer_id: string; change: RecipientChange; request_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return tasks.openTasks(managerOf(sharedContext), input)
  }

  /** Marks the tasks whose `privacy.recipient.notify` is about to go out, so each goes out once. */
  @InjectTransactionManager()
  async claimRecipientNotifications(customerIds: string[] | null, @MedusaContext() sharedContext: Context = {}) {
    return tasks.claimUnnotifiedTasks(managerOf(sharedContext), customerIds)
  }

  @InjectManager()
  async listRecipientTaskPage(filter: tasks.TaskFilter, @MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    const page = await tasks.listTasks(manager, filter)
    const sources = await tasks.taskSources(manager, page.rows)
    return { ...page, rows: page.rows.map((task) => ({ ...task, sources: sources.get(task.id) ?? [] })) }
  }

  @InjectTransactionManager()
  async closeRecipientTask(input: Parameters<typeof tasks.closeTask>[1], @MedusaContext() sharedContext: Context = {}) {
    return tasks.closeTask(managerOf(sharedContext), input)
  }
}
