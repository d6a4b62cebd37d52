import type PrivacyModuleService from "../../modules/privacy/service"
import { addDays, pausesOf, requestDeadline } from "../../modules/privacy/requests"
import { dayNumber } from "../../modules/privacy/requests/calendar-date"
import type { RequestEventRow, RequestRow } from "../../modules/privacy/requests/request-store"

const OPEN = new Set(["received", "awaiting_verification", "in_progress"])

/**
 * A request as the API shows it: its deadline read against the controller's
 * today (a request still waiting for identity shows the date it would have
 * if the answer came today), and whether it is overdue.
 */
export function requestResponse(privacy: PrivacyModuleService, row: RequestRow) {
  const { pauseWhileVerifying } = privacy.getOptions().requests
  const today = privacy.requestToday()
  const open = OPEN.has(row.status)
  const projected = open && row.paused_since
    ? requestDeadline({ received_on: row.received_on, country: row.country, extended: row.extended_at !== null, pauses: pausesOf(row.pauses), paused_since: row.paused_since }, today, pauseWhileVerifying).due
    : row.due_on
  const waiting = open && row.paused_since !== null && pauseWhileVerifying
  return {
    id: row.id,
    reference: row.reference,
    rights: row.rights,
    channel: row.channel,
    status: row.status,
    received_at: row.received_at,
    received_on: row.received_on,
    customer_id: row.customer_id,
    email: row.email,
    language: row.language,
    verification_method: row.verification_method,
    verified_at: row.verified_at,
    deadline: {
      due_on: projected,
      first_due_on: row.first_due_on,
      extended: row.extended_at !== null,
      extended_at: row.extended_at,
      extension_reason: row.extension_reason,
      /** The clock stands still while the shop waits for the person's identity. */
      paused: waiting,
      paused_since: row.paused_since,
      paused_days: pausesOf(row.pauses).reduce((days, pause) => days + dayNumber(pause.to) - dayNumber(pause.from), 0),
      overdue: open && !waiting && projected < today,
      days_left: open ? dayNumber(projected) - dayNumber(today) : null,
      /** The last day an extension can still be told (the day before the first due date). */
      extendable_until: open && row.extended_at === null && today < row.first_due_on ? addDays(row.first_due_on, -1) : null,
    },
    outcome: row.outcome,
    kept: (row.kept as { items?: unknown[] } | null)?.items ?? [],
    answer_note: row.answer_note,
    refusal_reason: row.refusal_reason,
    closed_at: row.closed_at,
    created_by: { type: row.created_by_type, id: row.created_by_id },
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export function requestEventResponse(event: RequestEventRow) {
  return {
    id: event.id,
    kind: event.kind,
    from_status: event.from_status,
    to_status: event.to_status,
    actor: { type: event.actor_type, id: event.actor_id },
    occurred_at: event.occurred_at,
    data: event.data ?? {},
  }
}

/** What was done for the request, from its timeline: each linked export, erasure, consent event, ... */
export function requestLinks(events: RequestEventRow[]) {
  return events
    .filter((event) => event.kind === "linked" && event.data?.link)
    .map((event) => ({ ...(event.data!.link as { kind: string; id: string }), at: event.occurred_at }))
}

/** A restriction of processing as the API shows it (who started or lifted it stays out). */
export function restrictionResponse(row: { id: string; customer_id: string | null; request_id: string | null; reason: string; started_at: Date; lifted_at: Date | null }) {
  return { id: row.id, customer_id: row.customer_id, request_id: row.request_id, reason: row.reason, started_at: row.started_at, lifted_at: row.lifted_at }
}

/** What the person sees of their own request: no staff notes, no staff ids. */
export function ownRequest(request: ReturnType<typeof requestResponse>) {
  const { answer_note: _note, created_by: _by, ...rest } = request
  return rest
}
