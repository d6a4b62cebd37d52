import type { Context, DAL, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type ConsentSubject from "../models/consent-subject"
import * as subjects from "../consent/subject-store"
import { normalizeEmail } from "../consent/rules"
import type { ConsentSubjectRef } from "../types"

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  privacyConsentSubjectService: ModulesSdkTypes.IMedusaInternalService<typeof ConsentSubject>
}

/** Whose consent it is: finding, creating and closing consent subjects, and keeping their address current. */
export class ConsentSubjectRegistryService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly consentSubjectService_: ModulesSdkTypes.IMedusaInternalService<typeof ConsentSubject>

  constructor({ baseRepository, privacyConsentSubjectService }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.consentSubjectService_ = privacyConsentSubjectService
  }

  /** The subject a reference names, created on first sight for a customer or an address; inside the caller's transaction. */
  async resolve(manager: SqlEntityManager, ref: ConsentSubjectRef): Promise<subjects.SubjectRow> {
    if ("subject_id" in ref) {
      const subject = await subjects.canonicalSubject(manager, ref.subject_id)
      if (!subject) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consent subject not found")
      }
      return subject
    }
    if ("customer_id" in ref) {
      return subjects.findOrCreateCustomerSubject(manager, {
        customer_id: ref.customer_id,
        email: ref.email ? normalizeEmail(ref.email) : null,
        language: ref.language,
      })
    }
    return subjects.findOrCreateEmailSubject(manager, { email: normalizeEmail(ref.email), language: ref.language })
  }

  /** Resolves and locks the person's canonical subject for the rest of the caller's transaction. */
  async resolveLocked(manager: SqlEntityManager, ref: ConsentSubjectRef): Promise<subjects.SubjectRow> {
    const found = await this.resolve(manager, ref)
    return subjects.lockCanonicalSubject(manager, found.id)
  }

  /** A deleted customer gets no more marketing; their ledger stays as proof. */
  @InjectTransactionManager()
  async closeCustomerConsents(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const closed = await this.consentSubjectService_.update(
      [{ selector: { customer_id: customerId, closed_at: null }, data: { closed_at: new Date() } }],
      sharedContext
    )
    return closed.length
  }

  /** Follows customers' e-mail changes, so the audience mails the address in use. */
  @InjectTransactionManager()
  async syncConsentEmails(
    customers: { customer_id: string; email: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const known = customers.flatMap(({ customer_id, email }) => (email ? [{ customer_id, email: normalizeEmail(email) }] : []))
    return subjects.syncCustomerEmails(sharedContext.transactionManager as SqlEntityManager, known)
  }

  @InjectManager()
  async findConsentSubject(id: string, @MedusaContext() sharedContext: Context = {}) {
    return subjects.canonicalSubject(sharedContext.manager as SqlEntityManager, id)
  }
}
