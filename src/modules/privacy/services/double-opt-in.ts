import { randomBytes } from "node:crypto"
import type { Context, DAL, ModulesSdkTypes } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type ConsentConfirmation from "../models/consent-confirmation"
import * as confirmations from "../consent/confirmation-store"
import { canonicalSubject, type SubjectRow } from "../consent/subject-store"
import type { ConsentChannel, ConsentSource } from "../lib/constants"
import type { PrivacyPluginOptions } from "../lib/options"
import type { ConsentSubjectRef, RecordedConsent, RequestMetadata } from "../types"
import type { ConsentLedgerService } from "./consent-ledger"
import type { ConsentSubjectRegistryService } from "./consent-subject-registry"

type ConfirmationService = ModulesSdkTypes.IMedusaInternalService<typeof ConsentConfirmation>

type InjectedDependencies = {
  baseRepository: DAL.RepositoryService
  privacyOptions: PrivacyPluginOptions
  privacyConsentConfirmationService: ConfirmationService
  consentLedgerService: ConsentLedgerService
  consentSubjectRegistryService: ConsentSubjectRegistryService
}

/** A link sent twice within this many minutes is sent once: a form submitted twice mails once. */
const RESEND_AFTER_MINUTES = 10

/** Double opt-in: a pending consent, the link that confirms it once, and the grant it becomes. */
export class DoubleOptInService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions
  protected readonly confirmationService_: ConfirmationService
  protected readonly ledger_: ConsentLedgerService
  protected readonly subjects_: ConsentSubjectRegistryService

  constructor(dependencies: InjectedDependencies) {
    this.baseRepository_ = dependencies.baseRepository
    this.options_ = dependencies.privacyOptions
    this.confirmationService_ = dependencies.privacyConsentConfirmationService
    this.ledger_ = dependencies.consentLedgerService
    this.subjects_ = dependencies.consentSubjectRegistryService
  }

  /**
   * Starts a double opt-in: stores the pending consent and returns the token
   * for the link, or `null` when a link for the same thing was just sent.
   * Only the token's hash is kept.
   */
  @InjectTransactionManager()
  async requestConsentConfirmation(
    input: RequestMetadata & {
      subject: ConsentSubjectRef
      purpose: string
      channel: ConsentChannel
      source: ConsentSource
      notice_version?: string | null
      notice_language?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ token: string | null; confirmation_id: string | null; subject: SubjectRow }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const subject = await this.subjects_.resolveLocked(manager, input.subject)
    const target = { subject_id: subject.id, purpose: input.purpose, channel: input.channel }
    const recent = await this.confirmationService_.list(
      { ...target, confirmed_at: null, created_at: { $gt: new Date(Date.now() - RESEND_AFTER_MINUTES * 60_000) } },
      { select: ["id"], take: 1 },
      sharedContext
    )
    if (recent.length) {
      return { token: null, confirmation_id: null, subject }
    }
    const token = randomBytes(32).toString("base64url")
    const created = await this.confirmationService_.create(
      {
        ...target,
        source: input.source,
        token_hash: confirmations.hashToken(token),
        notice_version: input.notice_version ?? null,
        notice_language: input.notice_language ?? null,
        ip_prefix: input.ip_prefix ?? null,
        user_agent: input.user_agent?.slice(0, 512) ?? null,
        expires_at: new Date(Date.now() + this.options_.consent.confirmationExpiryDays * 86_400_000),
      },
      sharedContext
    )
    return { token, confirmation_id: created.id, subject }
  }

  /** Undoes a pending double opt-in whose e-mail could not be sent, so the next request sends one. */
  @InjectTransactionManager()
  async cancelConsentConfirmation(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.confirmationService_.softDelete({ id, confirmed_at: null }, sharedContext)
  }

  /** What a confirmation link would confirm, without using it; `undefined` if it cannot be used. */
  @InjectManager()
  async peekConsentConfirmation(token: string, @MedusaContext() sharedContext: Context = {}) {
    const [pending] = await this.confirmationService_.list(
      { token_hash: confirmations.hashToken(token), confirmed_at: null, expires_at: { $gt: new Date() } },
      { select: ["subject_id", "purpose", "channel", "notice_language"], take: 1 },
      sharedContext
    )
    if (!pending) {
      return undefined
    }
    const subject = await canonicalSubject(sharedContext.manager as SqlEntityManager, pending.subject_id)
    return { purpose: pending.purpose, channel: pending.channel, language: subject?.language ?? pending.notice_language }
  }

  /** Follows a double opt-in link: grants once; a used, expired or unknown token grants nothing. */
  @InjectTransactionManager()
  async confirmConsent(
    token: string,
    request: RequestMetadata,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedConsent | undefined> {
    const pending = await confirmations.claimConfirmation(sharedContext.transactionManager as SqlEntityManager, token)
    if (!pending) {
      return undefined
    }
    return this.ledger_.recordConsent(
      {
        subject: { subject_id: pending.subject_id },
        purpose: pending.purpose,
        channel: pending.channel,
        action: "granted",
        source: "double_opt_in",
        actor: { type: "subject", id: pending.subject_id },
        notice_version: pending.notice_version,
        notice_language: pending.notice_language,
        ip_prefix: request.ip_prefix,
        user_agent: request.user_agent,
      },
      sharedContext
    )
  }

  /** A page of the double opt-ins behind a subject, for exports. */
  @InjectManager()
  async listConsentConfirmationsPage(
    query: { subject_id: string; after_id?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>[]> {
    return confirmations.confirmationsPage(sharedContext.manager as SqlEntityManager, query.subject_id, query.after_id ?? "", query.limit)
  }
}
