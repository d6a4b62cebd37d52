import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import PrivacyProfile from "./models/privacy-profile"
import PrivacyProfileChange from "./models/privacy-profile-change"
import ConsentConfirmation from "./models/consent-confirmation"
import ConsentEvent from "./models/consent-event"
import ConsentState from "./models/consent-state"
import ConsentSubject from "./models/consent-subject"
import PrivacyExport from "./models/privacy-export"
import PrivacyErasure from "./models/privacy-erasure"
import RetentionRun from "./models/retention-run"
import BookkeepingHold from "./models/bookkeeping-hold"
import EmailHistory from "./models/email-history"
import { recordAddresses } from "./email-history/email-history-store"
import { completeErasures, releaseHolds, type CompletedErasures } from "./erasures/erasure-store"
import { signExportToken, verifyExportToken } from "./exports/download-token"
import * as exportStore from "./exports/export-store"
import type { CustomerSource } from "./lib/constants"
import { parsePrivacyOptions, type PrivacyPluginOptions } from "./lib/options"
import { checkCoverage, type CoverageReport, type SchemaColumn } from "./data-map/coverage"
import type { EffectiveDataMap } from "./data-map/types"
import { buildNotice, noticeLanguages, resolveNoticeLanguage, type PrivacyNotice } from "./notice/build-notice"
import { buildProcessingRecord, type ProcessingRecord } from "./records/build-record"
import * as ledger from "./consent/ledger-store"
import * as confirmations from "./consent/confirmation-store"
import { mayGrantAfterWithdrawal, normalizeEmail } from "./consent/rules"
import { verifyUnsubscribeToken, type UnsubscribeTarget } from "./consent/unsubscribe-token"
import { unsubscribeLink, type UnsubscribeLink } from "./consent/unsubscribe-link"
import type {
  ConsentAction,
  ConsentActorType,
  ConsentChannel,
  ConsentSource,
  VerificationMethod,
} from "./lib/constants"

/** Whose consent: a customer, a subscriber by e-mail, or a known consent subject. */
export type ConsentSubjectRef =
  | { customer_id: string; email?: string | null; language?: string | null }
  | { email: string; language?: string | null }
  | { subject_id: string }

export type RequestMetadata = { ip_prefix?: string | null; user_agent?: string | null }

export type RecordConsentInput = RequestMetadata & {
  subject: ConsentSubjectRef
  purpose: string
  channel: ConsentChannel
  action: ConsentAction
  source: ConsentSource
  actor: { type: ConsentActorType; id?: string | null }
  notice_version?: string | null
  notice_language?: string | null
  note?: string | null
}

export type RecordedConsent = {
  subject: ledger.SubjectRow
  event: ledger.ConsentEventRow
  state: ledger.ConsentStateRow
}

export type PrivacyProfileDTO = InferTypeOf<typeof PrivacyProfile>

export type NewProfileInput = {
  customer_id: string
  source: CustomerSource
  language?: string
  last_activity_at?: Date | null
}

/** Postgres sequence created by the module's migration; numbers are never reused. */
export const CUSTOMER_NUMBER_SEQUENCE = "privacy_customer_number_seq"

class PrivacyModuleService extends MedusaService({
  PrivacyProfile,
  PrivacyProfileChange,
  ConsentSubject,
  ConsentEvent,
  ConsentState,
  ConsentConfirmation,
  PrivacyExport,
  PrivacyErasure,
  RetentionRun,
  BookkeepingHold,
  EmailHistory,
}) {
  protected readonly options_: PrivacyPluginOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePrivacyOptions(options)
  }

  getOptions(): PrivacyPluginOptions {
    return this.options_
  }

  getDataMap(): EffectiveDataMap {
    return this.options_.dataMap
  }

  /** Notices depend on the options only, so each language is built once. */
  private readonly notices_ = new Map<string, PrivacyNotice>()

  getNoticeLanguages(): string[] {
    return noticeLanguages(this.options_)
  }

  getNotice(requestedLanguage?: string): PrivacyNotice {
    const language = resolveNoticeLanguage(this.options_, requestedLanguage)
    let notice = this.notices_.get(language)
    if (!notice) {
      notice = buildNotice(this.options_, language)
      this.notices_.set(language, notice)
    }
    return notice
  }

  getProcessingRecord(requestedLanguage?: string): ProcessingRecord {
    return buildProcessingRecord(this.options_, resolveNoticeLanguage(this.options_, requestedLanguage))
  }

  /**
   * Appends a grant or withdrawal to the ledger and moves the state, in one
   * transaction with the person's subject locked. A grant after a withdrawal
   * is refused unless it is the person's own act (GDPR Art. 21(3)).
   */
  @InjectTransactionManager()
  async recordConsent(input: RecordConsentInput, @MedusaContext() sharedContext: Context = {}): Promise<RecordedConsent> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const found = await this.resolveSubject_(manager, input.subject)
    const subject = await ledger.lockCanonicalSubject(manager, found.id)
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
    await ledger.cancelPendingConfirmations(manager, subject.id, input.purpose, input.channel)
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
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`privacy-consent-subject:${address}`])
    const own = await ledger.findOrCreateCustomerSubject(manager, { customer_id, email: address })
    const subject = await ledger.lockCanonicalSubject(manager, own.id)
    const others = await ledger.otherSubjectsWithEmail(manager, address, subject.id)
    await ledger.mergeSubjects(manager, others.map((other) => other.id), subject.id)
    return { subject_id: subject.id, joined: others.length }
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
        ? await ledger.customerSubject(manager, ref.customer_id)
        : await ledger.canonicalSubject(manager, ref.subject_id)
    if (!subject) {
      return { subject: null, states: [], history: [], confirmations: [] }
    }
    return {
      subject,
      states: await ledger.statesOf(manager, subject.id),
      history: historyLimit ? await ledger.historyOf(manager, subject.id, historyLimit) : [],
      confirmations: withConfirmations ? await ledger.confirmationsOf(manager, subject.id) : [],
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

  /** A page of the double opt-ins behind a subject, for exports. */
  @InjectManager()
  async listConsentConfirmationsPage(
    query: { subject_id: string; after_id?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, unknown>[]> {
    return ledger.confirmationsPage(sharedContext.manager as SqlEntityManager, query.subject_id, query.after_id ?? "", query.limit)
  }

  /**
   * Starts a double opt-in: stores the pending consent and returns the token
   * for the link, or `null` when a link for the same thing was just sent.
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
  ): Promise<{ token: string | null; confirmation_id: string | null; subject: ledger.SubjectRow }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const found = await this.resolveSubject_(manager, input.subject)
    const subject = await ledger.lockCanonicalSubject(manager, found.id)
    const target = { subject_id: subject.id, purpose: input.purpose, channel: input.channel }
    if (await confirmations.hasRecentConfirmation(manager, target, 10)) {
      return { token: null, confirmation_id: null, subject }
    }
    const { id, token } = await confirmations.createConfirmation(manager, {
      ...target,
      source: input.source,
      notice_version: input.notice_version ?? null,
      notice_language: input.notice_language ?? null,
      ip_prefix: input.ip_prefix ?? null,
      user_agent: input.user_agent?.slice(0, 512) ?? null,
      expires_at: new Date(Date.now() + this.options_.consent.confirmationExpiryDays * 86_400_000),
    })
    return { token, confirmation_id: id, subject }
  }

  /** Undoes a pending double opt-in whose e-mail could not be sent, so the next request sends one. */
  @InjectTransactionManager()
  async cancelConsentConfirmation(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await confirmations.cancelConfirmation(sharedContext.transactionManager as SqlEntityManager, id)
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
      "customer_id" in ref ? await ledger.customerSubject(manager, ref.customer_id) : await ledger.emailSubject(manager, normalizeEmail(ref.email))
    const state = subject && (await ledger.currentState(manager, subject.id, purpose, channel))
    return state ? !state.granted : false
  }

  /** What a confirmation link would confirm, without using it; `undefined` if it cannot be used. */
  @InjectManager()
  async peekConsentConfirmation(token: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const pending = await confirmations.findUsableConfirmation(manager, token)
    if (!pending) {
      return undefined
    }
    const subject = await ledger.canonicalSubject(manager, pending.subject_id)
    return { purpose: pending.purpose, channel: pending.channel, language: subject?.language ?? pending.notice_language }
  }

  /** Follows a double opt-in link: grants once; a used, expired or unknown token grants nothing. */
  @InjectTransactionManager()
  async confirmConsent(
    token: string,
    request: RequestMetadata,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedConsent | undefined> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const pending = await confirmations.claimConfirmation(manager, token)
    if (!pending) {
      return undefined
    }
    return this.recordConsent(
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

  /** One keyset page of the people opted in to a purpose on a channel. */
  @InjectManager()
  async listAudience(
    query: { purpose: string; channel: ConsentChannel; after?: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ledger.AudienceRow[]> {
    return ledger.audiencePage(sharedContext.manager as SqlEntityManager, { ...query, after: query.after ?? "" })
  }

  @InjectTransactionManager()
  async closeCustomerConsents(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return ledger.closeCustomerSubject(sharedContext.transactionManager as SqlEntityManager, customerId)
  }

  /** Follows customers' e-mail changes, so the audience mails the address in use. */
  @InjectTransactionManager()
  async syncConsentEmails(
    customers: { customer_id: string; email: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const known = customers.flatMap(({ customer_id, email }) => (email ? [{ customer_id, email: normalizeEmail(email) }] : []))
    return ledger.syncCustomerEmails(sharedContext.transactionManager as SqlEntityManager, known)
  }

  /** Records the outcome of an erasure whose records are erased (erasure records, profiles, holds). */
  @InjectTransactionManager()
  async completeErasures(input: CompletedErasures, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await completeErasures(sharedContext.transactionManager as SqlEntityManager, input)
  }

  /** Marks the bookkeeping holds of orders whose buyer details were released. */
  @InjectTransactionManager()
  async releaseBookkeepingHolds(orderIds: string[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await releaseHolds(sharedContext.transactionManager as SqlEntityManager, orderIds, now.toISOString())
  }

  /** Remembers each address a customer has had (as a keyed hash), so rows under an earlier one are still found. */
  @InjectTransactionManager()
  async recordCustomerAddresses(
    customers: { customer_id: string; email: string | null }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const known = customers.flatMap(({ customer_id, email }) => (email ? [{ customer_id, email }] : []))
    return recordAddresses(sharedContext.transactionManager as SqlEntityManager, this.options_.links.emailKey, known)
  }

  @InjectManager()
  async findConsentSubject(id: string, @MedusaContext() sharedContext: Context = {}) {
    return ledger.canonicalSubject(sharedContext.manager as SqlEntityManager, id)
  }

  /**
   * The link and the RFC 2369 / RFC 8058 headers for a marketing message, so
   * any mail sender can offer one-click unsubscribe.
   */
  unsubscribeLink(target: UnsubscribeTarget): UnsubscribeLink {
    return unsubscribeLink(target, this.options_.links)
  }

  verifyUnsubscribeToken(token: unknown): UnsubscribeTarget | undefined {
    return verifyUnsubscribeToken(token, this.options_.links.secret)
  }

  // The consent ledger is append-only and written only through recordConsent,
  // which applies Art. 21(3) and keeps the state: the generated mutations are withdrawn.
  // @ts-expect-error narrowing the generated signature to refuse every call
  async createConsentEvents(): Promise<never> {
    throw appendOnly()
  }
  // @ts-expect-error see above
  async updateConsentEvents(): Promise<never> {
    throw appendOnly()
  }
  // @ts-expect-error see above
  async deleteConsentEvents(): Promise<never> {
    throw appendOnly()
  }
  // @ts-expect-error see above
  async softDeleteConsentEvents(): Promise<never> {
    throw appendOnly()
  }
  // @ts-expect-error see above
  async restoreConsentEvents(): Promise<never> {
    throw appendOnly()
  }

  private async resolveSubject_(manager: SqlEntityManager, ref: ConsentSubjectRef): Promise<ledger.SubjectRow> {
    if ("subject_id" in ref) {
      const subject = await ledger.canonicalSubject(manager, ref.subject_id)
      if (!subject) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "Consent subject not found")
      }
      return subject
    }
    if ("customer_id" in ref) {
      return ledger.findOrCreateCustomerSubject(manager, {
        customer_id: ref.customer_id,
        email: ref.email ? normalizeEmail(ref.email) : null,
        language: ref.language,
      })
    }
    return ledger.findOrCreateEmailSubject(manager, { email: normalizeEmail(ref.email), language: ref.language })
  }

  /**
   * Records a request for a copy of a customer's data. A customer's own
   * requests are limited per 24 hours (failed ones do not count); the count
   * and the insert share a per-customer lock, so parallel requests cannot
   * slip past the limit. Returns `limited` instead of a record when over it.
   */
  @InjectTransactionManager()
  async requestExport(
    input: {
      customer_id: string
      requested_by: "customer" | "staff"
      verification: VerificationMethod
      actor: { type: "customer" | "user" | "api-key"; id?: string | null }
      language: string
      note?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ limited: true; limit: number } | { limited: false; export: InferTypeOf<typeof PrivacyExport> }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const limit = this.options_.exports.dailyLimit
    if (input.requested_by === "customer") {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`privacy-export:${input.customer_id}`])
      const [{ count }]: { count: number }[] = await manager.execute(
        `SELECT count(*)::int AS count FROM privacy_export
          WHERE customer_id = ? AND requested_by = 'customer' AND status <> 'failed' AND deleted_at IS NULL
            AND created_at > now() - interval '24 hours'`,
        [input.customer_id]
      )
      if (count >= limit) {
        return { limited: true, limit }
      }
    }
    const created = await this.createPrivacyExports(
      {
        customer_id: input.customer_id,
        // Set here, not left to the column defaults: the returned record is what the API answers with.
        status: "pending" as const,
        attempts: 0,
        download_count: 0,
        requested_by: input.requested_by,
        verification: input.verification,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        language: input.language,
        note: input.note ?? null,
      },
      sharedContext
    )
    return { limited: false, export: created }
  }

  /** Starts the build of a pending export; null when it is not pending (another run has it, or it is done). */
  @InjectTransactionManager()
  async claimExportBuild(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    return exportStore.claimBuild(sharedContext.transactionManager as SqlEntityManager, exportId)
  }

  /** Offers the stored file; null when this attempt no longer owns the build. */
  @InjectTransactionManager()
  async completeExportBuild(
    input: Parameters<typeof exportStore.completeBuild>[1],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return exportStore.completeBuild(sharedContext.transactionManager as SqlEntityManager, input)
  }

  @InjectTransactionManager()
  async uncompleteExportBuild(exportId: string, attempt: number, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.uncompleteBuild(sharedContext.transactionManager as SqlEntityManager, exportId, attempt)
  }

  /** Marks a build failed with its reason; null when the export was not being built (or pending, if allowed). */
  @InjectTransactionManager()
  async failExportBuild(
    exportId: string,
    reason: string,
    from: readonly ("pending" | "building")[] = ["building"],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return exportStore.failBuild(sharedContext.transactionManager as SqlEntityManager, exportId, reason, from)
  }

  @InjectTransactionManager()
  async reopenFailedExport(exportId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    return exportStore.reopenFailed(sharedContext.transactionManager as SqlEntityManager, exportId, customerId)
  }

  @InjectTransactionManager()
  async unreopenExport(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.unreopen(sharedContext.transactionManager as SqlEntityManager, exportId)
  }

  @InjectTransactionManager()
  async countExportDownload(exportId: string, @MedusaContext() sharedContext: Context = {}) {
    await exportStore.countDownload(sharedContext.transactionManager as SqlEntityManager, exportId)
  }

  @InjectManager()
  async listStalledExports(
    query: Parameters<typeof exportStore.stalled>[1],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return exportStore.stalled(sharedContext.manager as SqlEntityManager, query)
  }

  /** The signed link to an export's file, valid until the export expires. */
  exportDownloadUrl(exportId: string, expiresAt: Date): string {
    const { publicUrl, secret } = this.options_.links
    return `${publicUrl}/privacy/exports/download?token=${signExportToken(exportId, expiresAt, secret)}`
  }

  checkExportToken(token: unknown) {
    return verifyExportToken(token, this.options_.links.secret)
  }

  /** Every column of the database's current schema, for the data-map coverage check. */
  @InjectManager()
  async readSchemaColumns(@MedusaContext() sharedContext: Context = {}): Promise<SchemaColumn[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return await manager.execute(
      `SELECT table_name AS "table", column_name AS "column", data_type
         FROM information_schema.columns
        WHERE table_schema = current_schema()
        ORDER BY table_name, ordinal_position`
    )
  }

  /** Compares the live schema with the map: unmapped personal columns and stale entries. */
  async checkDataMapCoverage(): Promise<CoverageReport> {
    return checkCoverage(await this.readSchemaColumns(), this.options_.dataMap)
  }

  /**
   * Creates a profile for each customer that has none and returns only the new
   * ones. One statement numbers them from the sequence and skips customers
   * that already have a profile, so sign-up subscribers, lazy reads and the
   * backfill can race without duplicates or colliding numbers.
   */
  @InjectTransactionManager()
  async createMissingProfiles(
    input: NewProfileInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PrivacyProfileDTO[]> {
    if (!input.length) {
      return []
    }
    const { prefix, padding } = this.options_.customerNumber
    const firstPerCustomer = new Map<string, NewProfileInput>()
    for (const item of input) {
      if (!firstPerCustomer.has(item.customer_id)) {
        firstPerCustomer.set(item.customer_id, item)
      }
    }
    const rows = [...firstPerCustomer.values()].map((item) => ({
      id: generateEntityId(undefined, "pprof"),
      customer_id: item.customer_id,
      source: item.source,
      language: item.language ?? this.options_.defaultLanguage,
      last_activity_at: item.last_activity_at ?? null,
    }))
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `
      INSERT INTO privacy_profile (id, customer_id, customer_number, language, source, last_activity_at)
      SELECT numbered.id, numbered.customer_id,
             ? || lpad(numbered.n::text, greatest(?::int, length(numbered.n::text)), '0'),
             numbered.language, numbered.source, numbered.last_activity_at
        FROM (SELECT input.*, nextval('${CUSTOMER_NUMBER_SEQUENCE}') AS n
                FROM jsonb_to_recordset(?::jsonb)
                     AS input(id text, customer_id text, language text, source text,
                        last_activity_at timestamptz)
               WHERE NOT EXISTS (SELECT 1 FROM privacy_profile existing
                                  WHERE existing.customer_id = input.customer_id
                                    AND existing.deleted_at IS NULL)) numbered
      ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
      RETURNING *`,
      [prefix, padding, JSON.stringify(rows)]
    )
  }

  /**
   * Moves `last_activity_at` forward (never back) for the given customers and
   * returns the previous value of each profile it moved. Retention rules read
   * this field, so an out-of-order event must not make a customer look less
   * active than they are.
   */
  @InjectTransactionManager()
  async recordActivity(
    customerIds: string[],
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: Date | null }[]> {
    if (!customerIds.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `
      UPDATE privacy_profile profile
         SET last_activity_at = ?, updated_at = now()
        FROM (SELECT id, last_activity_at FROM privacy_profile
               WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
                 AND deleted_at IS NULL
                 AND (last_activity_at IS NULL OR last_activity_at < ?)
               FOR UPDATE) old
       WHERE profile.id = old.id
      RETURNING profile.id, old.last_activity_at AS previous`,
      [at, JSON.stringify(customerIds), at]
    )
  }

  /**
   * Undoes `recordActivity` for profiles that still carry `at`: a profile
   * moved on by newer activity in the meantime keeps its newer value.
   */
  @InjectTransactionManager()
  async restoreActivity(
    moved: { id: string; previous: Date | null }[],
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!moved.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `
      UPDATE privacy_profile profile
         SET last_activity_at = restored.previous, updated_at = now()
        FROM jsonb_to_recordset(?::jsonb) AS restored(id text, previous timestamptz)
       WHERE profile.id = restored.id AND profile.last_activity_at = ?`,
      [JSON.stringify(moved), at]
    )
  }
}

function appendOnly() {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, "The consent ledger is append-only: record a new grant or withdrawal instead")
}

export default PrivacyModuleService
