import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { recordAddresses } from "../email-history/email-history-store"
import { deleteMailboxConfirmation, recordMailboxConfirmation } from "../email-history/mailbox-confirmation-store"
import type { PrivacyPluginOptions } from "../lib/options"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

/**
 * The addresses customers have had, and those their mailbox confirmed, as
 * keyed hashes, so export and erasure find rows under earlier ones and only
 * join guest rows to an account whose holder owns the mailbox.
 */
export class AddressHistoryService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  @InjectTransactionManager()
  async recordCustomerAddresses(
    customers: { customer_id: string; email: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const known = customers.flatMap(({ customer_id, email }) => (email ? [{ customer_id, email }] : []))
    return recordAddresses(sharedContext.transactionManager as SqlEntityManager, this.options_.links.emailKey, known)
  }

  /** Answers the new record's id, or null when the mailbox had confirmed the address for the account before. */
  @InjectTransactionManager()
  async confirmMailbox(
    input: { customer_id: string; email: string; confirmed_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    return recordMailboxConfirmation(sharedContext.transactionManager as SqlEntityManager, this.options_.links.emailKey, input)
  }

  @InjectTransactionManager()
  async unconfirmMailbox(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await deleteMailboxConfirmation(sharedContext.transactionManager as SqlEntityManager, id)
  }
}
