import type { Context, DAL } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import * as ledger from "../consent/ledger-store"
import * as subjects from "../consent/subject-store"
import { audiencePage, type AudienceRow } from "../consent/audience-store"
import { cancelPendingConfirmations, confirmationsOf } from "../consent/confirmation-store"
import { mayGrantAfterWithdrawal, normalizeEmail } from "../consent/rules"
import type { ConsentChannel } from "../lib/constants"
import type { RecordConsentInput, RecordedConsent } from "../types"
import type { PrivacyPluginOptions } from "../lib/options"
import type { ConsentSubjectRegistryService } from "./consent-subject-registry"

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  consentSubjectRegistryService: ConsentSubjectRegistryService
  privacyOptions: PrivacyPluginOptions
}

/** The append-only consent ledger, its state projection and the reads over both. */
export class ConsentLedgerService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly subjects_: ConsentSubjectRegistryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, consentSubjectRegistryService, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.subjects_ = consentSubjectRegistryService
    this.options_ = privacyOptions
  }

  /**
   * Appends a grant or withdrawal to the ledger and moves the state, in one
   * transaction with the person's subject locked. A grant after a withdrawal
   * is refused unless it is the person's own act (GDPR Art. 21(3)).
   */
  @InjectTransactionManager()
  async recordConsent(input: RecordConsentInput, @MedusaContext() sharedContext: Context = {}): Promise<RecordedConsent> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const subject = await this.subjects_.resolveLocked(manager, input.subject)
    const current = await ledger.currentState(manager, subject.id, input.purpose, input.channel)
    if (
      input.action === "granted" &&
      current &&
      !current.granted &&
      !mayGrantAfterWithdrawal(input.source, input.actor.type)
    ) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `This person has objected to ${input.purpose} ${input.channel === "email" ? "by e-mail" : `by ${input.channel}`}; ` +
          "only they can grant it again, signed in or through a double opt-in (GDPR Art. 21(3))"
      )
    }
    // A mail client or link scanner replaying an unsubscribe link proves nothing new; appending
    // each replay would also count as activity and keep the customer out of retention.
    if (input.action === "withdrawn" && input.source === "unsubscribe_link" && current && !current.granted) {
      const last = await ledger.eventById(manager, current.last_event_id)
      if (last) {
        return { subject, event: last, state: current, unchanged: true }
      }
    }
    const event = await ledger.insertEvent(manager, {
      subject_id: subject.id,
      purpose: input.purpose,
      channel: input.channel,
      action: input.action,
      source: input.source,
      notice_version: input.notice_version ?? null,
      notice_language: input.notice_language ?? null,
      actor_type: input.actor.type,
      actor_id: input.actor.id ?? null,
      note: input.note ?? null,
      ip_prefix: input.ip_prefix ?? null,
      user_agent: input.user_agent?.slice(0, 512) ?? null,
    })
    const state = await ledger.applyEventToState(manager, subject.id, event)
    await cancelPendingConfirmations(manager, subject.id, input.purpose, input.channel)
    return { subject, event, state }
  }

  /**
   * Joins the consent history of a registered customer's e-mail (a newsletter
   * subscription, a guest checkout) to the customer. Events are not rewritten:
   * the older subjects point at the customer's, and the state is rebuilt.
   */
  @InjectTransactionManager()
  async joinConsentHistories(
    { customer_id, email }: { customer_id: string; email: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ subject_id: string; joined: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const address = normalizeEmail(email)
    await subjects.lockEmail(manager, address)
    const subject = await this.subjects_.resolveLocked(manager, { customer_id, email: address })
    const others = await subjects.otherSubjectsWithEmail(manager, address, subject.id)
    await ledger.mergeSubjects(manager, others.map((other) => other.id), subject.id)
    return { subject_id: subject.id, joined: others.length }
  }

  /** Whether an earlier history of this address (a sign-up, a guest checkout) waits to be joined to the customer. */
  @InjectManager()
  async hasOtherConsentHistories(
    { customer_id, email }: { customer_id: string; email: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return subjects.hasOtherHistories(sharedContext.manager as SqlEntityManager, normalizeEmail(email), customer_id)
  }

  /** Current consents and the ledger of a customer or subject, newest first. */
  @InjectManager()
  async getConsentOverview(
    ref: { customer_id: string } | { subject_id: string },
    { historyLimit = 200, withConfirmations = true }: { historyLimit?: number; withConfirmations?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as SqlEntityManager
    const subject =
      "customer_id" in ref
        ? await subjects.customerSubject(manager, ref.customer_id)
        : await subjects.canonicalSubject(manager, ref.subject_id)
    if (!subject) {
      return { subject: null, states: [], history: [], confirmations: [] }
    }
    return {
      subject,
      states: await ledger.statesOf(manager, subject.id),
      history: historyLimit ? await ledger.historyOf(manager, subject.id, historyLimit) : [],
      confirmations: withConfirmations ? await confirmationsOf(manager, subject.id) : [],
    }
  }

  /** A page of the consent ledger behind a subject, oldest first, for exports. */
  @InjectManager()
  async listConsentHistoryPage(
    query: { subject_id: string; after_seq?: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ledger.ConsentEventRow[]> {
    return ledger.historyPage(sharedContext.manager as SqlEntityManager, query.subject_id, query.after_seq ?? 0, query.limit)
  }

  /** True when the person has withdrawn this consent and not granted it again. */
  @InjectManager()
  async hasObjected(
    ref: { customer_id: string } | { email: string },
    purpose: string,
    channel: ConsentChannel,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager as SqlEntityManager
    const subject =
      "customer_id" in ref
        ? await subjects.customerSubject(manager, ref.customer_id)
        : await subjects.emailSubject(manager, normalizeEmail(ref.email))
    const state = subject && (await ledger.currentState(manager, subject.id, purpose, channel))
    return state ? !state.granted : false
  }

  /** One keyset page of the people opted in to a purpose on a channel, without those whose processing is restricted (Art. 18). */
  @InjectManager()
  async listAudience(
    query: { purpose: string; channel: ConsentChannel; after?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AudienceRow[]> {
    return audiencePage(sharedContext.manager as SqlEntityManager, { ...query, after: query.after ?? "", emailKey: this.options_.links.emailKey })
  }

  /** Deletes consent subjects whose proof has outlived its period, with their ledger, states and confirmations; answers the events deleted. */
  @InjectTransactionManager()
  async deleteConsentProofs(subjectIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return ledger.deleteConsentProofs(sharedContext.transactionManager as SqlEntityManager, subjectIds)
  }
}
