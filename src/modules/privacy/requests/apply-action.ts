import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaError } from "@medusajs/framework/utils"
import { REQUEST_VERIFICATIONS, type RequestEventKind, type RequestLinkKind, type RequestOutcome, type RequestVerification } from "../lib/requests"
import { canExtend } from "./extension"
import type { DeadlineCalendar } from "./holidays"
import { pausesOf, requestDeadline } from "./request-deadline"
import * as store from "./request-store"
import { ACTION_FROM, canTransition, type RequestAction, targetStatus, transitionConflict } from "./transitions"

/**
 * What an erasure for the request had to keep, and until when: an order's
 * buyer details as bookkeeping material, the proof of consents, the request
 * records themselves, the access log. Told in the person's language by the answer.
 */
export type KeptRecord = { kind: "bookkeeping" | "consent_proof" | "request_records" | "access_log"; order?: string | null; until: string | null }

export type RequestActionInput = {
  action: RequestAction
  actor: store.Actor
  /** verify: how the person was identified. */
  method?: RequestVerification
  /** extend, refuse: the reasons the person is told. */
  reason?: string | null
  /** A staff note (pause, resume, complete, withdraw, note). */
  note?: string | null
  /** complete: how it was answered; by default partial when erasure kept some of the person's data, otherwise done. */
  outcome?: Extract<RequestOutcome, "done" | "partial" | "no_data">
  kept?: KeptRecord[]
  /** act: what was done for the request. */
  link?: { kind: RequestLinkKind; id: string; [detail: string]: unknown }
}

type Settings = { country: DeadlineCalendar; pauseWhileVerifying: boolean; today: string }

const EVENT_OF: Record<RequestAction, RequestEventKind> = {
  verify: "verified",
  pause: "paused",
  resume: "resumed",
  extend: "extended",
  complete: "completed",
  refuse: "refused",
  withdraw: "withdrawn",
  act: "linked",
  note: "note",
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** What the action writes on the request read as `row`, or an error naming what is missing or not allowed. */
function changesFor(row: store.RequestRow, input: RequestActionInput, settings: Settings): { set: Record<string, unknown>; data: Record<string, unknown> } {
  const { today, pauseWhileVerifying } = settings
  const pauses = pausesOf(row.pauses)
  const clock = { received_on: row.received_on, country: row.country, extended: row.extended_at !== null, pauses, paused_since: null }
  // Ending a wait: the days from the question to today become a pause, and the due date moves by them.
  const closePause = () => {
    if (!row.paused_since) return {}
    const spans = [...pauses, { from: row.paused_since, to: today }]
    const deadline = requestDeadline({ ...clock, pauses: spans }, today, pauseWhileVerifying)
    return { paused_since: null, pauses: { spans }, due_on: deadline.due, first_due_on: deadline.firstDue }
  }
  const status = targetStatus(input.action, { status: row.status, verified: row.verified_at !== null })
  const note = input.note?.trim() ? { note: input.note.trim().slice(0, 2000) } : {}
  const now = new Date()
  switch (input.action) {
    case "verify":
      if (!input.method || !REQUEST_VERIFICATIONS.includes(input.method)) {
        throw invalid(`method must be one of ${REQUEST_VERIFICATIONS.join(", ")}`)
      }
      return { set: { status, verification_method: input.method, verified_at: now, ...closePause() }, data: { method: input.method, ...note } }
    case "pause":
      return { set: { status, paused_since: row.paused_since ?? today }, data: note }
    case "resume":
      return { set: { status, ...closePause() }, data: note }
    case "extend": {
      if (row.extended_at) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `Request ${row.reference} was already extended, to ${row.due_on}: Art. 12(3) allows two further months once`)
      }
      const decision = canExtend({ ...clock, receivedOn: row.received_on, country: settings.country, requestedOn: today, reason: input.reason, pauseWhileVerifying })
      if (!decision.allowed) {
        const { refusal } = decision
        if (refusal.code === "reason_missing") throw invalid("reason is required: Art. 12(3) requires the person to be told why")
        if (refusal.code === "first_due_reached") {
          throw new MedusaError(MedusaError.Types.CONFLICT, `Request ${row.reference} can no longer be extended: the extension must be told before the first due date, ${refusal.firstDue}`)
        }
        throw invalid(`the request was received on ${refusal.receivedOn}, after today`)
      }
      const reason = input.reason!.trim().slice(0, 2000)
      return { set: { extended_at: now, extension_reason: reason, due_on: decision.deadline.due }, data: { reason, due_on: decision.deadline.due } }
    }
    case "complete": {
      const kept = (input.kept ?? []).slice(0, 200)
      // The records of the request and of staff access outlive any erasure by their own periods; only
      // what erasure had to leave of the person's own data (bookkeeping, consent proof) makes it partial.
      const outcome = input.outcome ?? (kept.some((item) => item.kind === "bookkeeping" || item.kind === "consent_proof") ? "partial" : "done")
      return {
        set: { status, outcome, kept: kept.length ? { items: kept } : null, answer_note: note.note ?? null, closed_at: now, paused_since: null },
        data: { outcome, ...(kept.length ? { kept: kept.length } : {}), ...note },
      }
    }
    case "refuse": {
      const reason = input.reason?.trim()
      if (!reason) throw invalid("reason is required: Art. 12(4) requires the person to be told why")
      return { set: { status, outcome: "refused", refusal_reason: reason.slice(0, 2000), closed_at: now, paused_since: null }, data: { reason: reason.slice(0, 2000) } }
    }
    case "withdraw":
      return { set: { status, outcome: "withdrawn", closed_at: now, paused_since: null }, data: note }
    case "act":
      if (!input.link?.kind || !input.link.id) throw invalid("link needs a kind and an id")
      return { set: {}, data: { link: input.link } }
    case "note":
      if (!note.note) throw invalid("note must not be empty")
      return { set: {}, data: note }
  }
}

/**
 * Applies one action as a conditional update on the states it allows and on
 * the version read, so values computed from the row (pauses,
 * due dates) never overwrite a change made meanwhile; a lost race is read
 * again and answered 409 when the new state does not allow the action.
 */
export async function applyRequestAction(manager: SqlEntityManager, id: string, input: RequestActionInput, settings: Settings) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await store.findRequest(manager, id)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No data subject request with id ${id}`)
    if (!canTransition(input.action, row.status)) throw transitionConflict(row.reference, row.status, input.action)
    const { set, data } = changesFor(row, input, settings)
    const updated = await store.transitionRequest(manager, id, ACTION_FROM[input.action], set, { sql: "version = ?", params: [row.version] })
    if (!updated) continue
    const changed = updated.status !== row.status
    const event = await store.appendRequestEvent(manager, {
      request_id: id,
      kind: EVENT_OF[input.action],
      from_status: changed ? row.status : null,
      to_status: changed ? updated.status : null,
      actor: input.actor,
      data,
    })
    return { request: updated, event, previous: row }
  }
  throw new MedusaError(MedusaError.Types.CONFLICT, `Request ${id} is being changed by someone else: try again`)
}
