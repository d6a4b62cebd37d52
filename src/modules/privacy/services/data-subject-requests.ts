import type { Context, DAL } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { PrivacyPluginOptions } from "../lib/options"
import type { RequestChannel, RequestRight, RequestStatus, RequestVerification } from "../lib/requests"
import { addDays, localDateOf, requestDeadline } from "../requests"
import { answerTimes, listRequests, type RequestFilters } from "../requests/request-list"
import * as store from "../requests/request-store"
import { applyRequestAction, type RequestActionInput } from "../requests/apply-action"
import { openRequestToken, signRequestToken } from "../requests/verify-token"

type InjectedDependencies = { baseRepository: DAL.RepositoryService; privacyOptions: PrivacyPluginOptions }

export type NewRequestInput = {
  rights: RequestRight[]
  channel: RequestChannel
  /** When the request reached the shop; now when not given. Never in the future. */
  received_at?: Date | string
  customer_id?: string | null
  email?: string | null
  language: string
  /** Given when the person's identity is already settled (a session, a visit). */
  verification_method?: RequestVerification | null
  /** A request from the public form waits for its e-mail link. */
  awaiting_verification?: boolean
  note?: string | null
  actor: store.Actor
}

/**
 * The register of data subject requests: recording them with their deadline,
 * moving them through their states, the timeline, the inbox and its figures.
 * The daily run deletes them `retention.requestRecordYears` after they close
 * (retention/expired-records-store.ts).
 */
export class DataSubjectRequestsService {
  protected readonly baseRepository_: DAL.RepositoryService
  protected readonly options_: PrivacyPluginOptions

  constructor({ baseRepository, privacyOptions }: InjectedDependencies) {
    this.baseRepository_ = baseRepository
    this.options_ = privacyOptions
  }

  /** The controller's today, the day every deadline is read against. */
  requestToday(now: Date = new Date()): string {
    return localDateOf(now, this.options_.requests.timeZone)
  }

  /** The link an account-less person follows to verify a request from the public form. */
  requestVerifyUrl(requestId: string): string {
    const { publicUrl, requestVerify } = this.options_.links
    const expires = new Date(Date.now() + this.options_.requests.verificationLinkHours * 3_600_000)
    return `${publicUrl}/privacy/requests/verify?token=${signRequestToken(requestId, expires, requestVerify.signing)}`
  }

  verifyRequestToken(token: unknown): string | undefined {
    return openRequestToken(token, this.options_.links.requestVerify)
  }

  @InjectTransactionManager()
  async createRequest(input: NewRequestInput, @MedusaContext() sharedContext: Context = {}): Promise<store.RequestRow> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const { country, timeZone, pauseWhileVerifying } = this.options_.requests
    const now = new Date()
    // Workflows hand dates on as ISO strings.
    const receivedAt = input.received_at ? new Date(input.received_at) : now
    if (receivedAt.getTime() > now.getTime() + 60_000) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "received_at must not be in the future: the clock starts when the request reached the shop")
    }
    const receivedOn = localDateOf(receivedAt, timeZone)
    const verified = Boolean(input.verification_method)
    const pausedSince = input.awaiting_verification && !verified ? receivedOn : null
    const deadline = requestDeadline({ received_on: receivedOn, country, extended: false, pauses: [], paused_since: null }, receivedOn, pauseWhileVerifying)
    const status: RequestStatus = verified ? "in_progress" : input.awaiting_verification ? "awaiting_verification" : "received"
    const row = await store.insertRequest(manager, {
      reference: await store.nextReference(manager, Number(receivedOn.slice(0, 4))),
      rights: [...new Set(input.rights)],
      channel: input.channel,
      status,
      received_at: receivedAt,
      received_on: receivedOn,
      customer_id: input.customer_id ?? null,
      email: input.email?.trim().toLowerCase() || null,
      language: input.language,
      country,
      verification_method: input.verification_method ?? null,
      verified_at: verified ? now : null,
      paused_since: pausedSince,
      pauses: null,
      first_due_on: deadline.firstDue,
      due_on: deadline.due,
      extended_at: null,
      extension_reason: null,
      outcome: null,
      kept: null,
      answer_note: null,
      refusal_reason: null,
      closed_at: null,
      created_by_type: input.actor.type,
      created_by_id: input.actor.id,
      reminded_on: null,
    })
    await store.appendRequestEvent(manager, {
      request_id: row.id,
      kind: "created",
      to_status: status,
      actor: input.actor,
      data: { channel: input.channel, ...(input.verification_method ? { verification_method: input.verification_method } : {}), ...(input.note ? { note: input.note } : {}) },
    })
    return row
  }

  /** One action on a request (see requests/apply-action.ts); throws 404 or 409 naming the state. */
  @InjectTransactionManager()
  async applyRequestAction(id: string, input: RequestActionInput, @MedusaContext() sharedContext: Context = {}) {
    return applyRequestAction(sharedContext.transactionManager as SqlEntityManager, id, input, {
      ...this.options_.requests,
      today: this.requestToday(),
    })
  }

  @InjectTransactionManager()
  async retrieveRequest(id: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const request = await store.findRequest(manager, id)
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No data subject request with id ${id}`)
    }
    return { request, events: await store.listRequestEvents(manager, id) }
  }

  /** Puts an entry on the timeline that changes nothing about the request: an answer sent, a reminder. */
  @InjectTransactionManager()
  async recordRequestEvent(
    id: string,
    input: { kind: "answer_sent" | "reminded" | "verification_sent"; data?: Record<string, unknown>; actor: store.Actor },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return store.appendRequestEvent(sharedContext.transactionManager as SqlEntityManager, { request_id: id, kind: input.kind, actor: input.actor, data: input.data ?? null })
  }

  /** The open requests due within `requests.reminderDays` (and overdue), each claimed for today's reminder once. */
  @InjectTransactionManager()
  async claimRequestReminders(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const today = this.requestToday(now)
    return store.claimReminders(sharedContext.transactionManager as SqlEntityManager, today, addDays(today, this.options_.requests.reminderDays))
  }

  @InjectTransactionManager()
  async listRequests(filters: RequestFilters, @MedusaContext() sharedContext: Context = {}) {
    const { pauseWhileVerifying } = this.options_.requests
    return listRequests(sharedContext.transactionManager as SqlEntityManager, filters, { today: this.requestToday(), pauseWhileVerifying })
  }

  /** The last 12 months' answer times and today's open and overdue counts. */
  @InjectTransactionManager()
  async getRequestStats(@MedusaContext() sharedContext: Context = {}) {
    const since = new Date()
    since.setUTCFullYear(since.getUTCFullYear() - 1)
    const { timeZone, pauseWhileVerifying } = this.options_.requests
    return answerTimes(sharedContext.transactionManager as SqlEntityManager, { since, today: this.requestToday(), timeZone, pauseWhileVerifying })
  }
}
