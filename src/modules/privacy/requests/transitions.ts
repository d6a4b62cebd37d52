import { MedusaError } from "@medusajs/framework/utils"
import { OPEN_REQUEST_STATUSES, type RequestStatus } from "../lib/requests"

/**
 * What staff (or the person) can do to a request, and from which states. The
 * store applies each as one conditional update on these states, so of two
 * clicks at once one changes the request and the other gets the 409 below.
 */
export const REQUEST_ACTIONS = ["verify", "pause", "resume", "extend", "complete", "refuse", "withdraw", "act", "note"] as const
export type RequestAction = (typeof REQUEST_ACTIONS)[number]

const OPEN: readonly RequestStatus[] = OPEN_REQUEST_STATUSES

export const ACTION_FROM: Record<RequestAction, readonly RequestStatus[]> = {
  verify: ["received", "awaiting_verification"],
  // Asking the person for identity information stops the clock until they answer.
  pause: ["received", "in_progress"],
  resume: ["awaiting_verification"],
  extend: OPEN,
  // Only a verified request is answered with the person's data.
  complete: ["in_progress"],
  refuse: OPEN,
  withdraw: OPEN,
  // Exports, erasures, objections, restrictions and rectifications for the request.
  act: ["in_progress"],
  note: [...OPEN, "completed", "refused", "withdrawn"],
}

const LABELS: Record<RequestStatus, string> = {
  received: "received",
  awaiting_verification: "awaiting verification",
  in_progress: "in progress",
  completed: "completed",
  refused: "refused",
  withdrawn: "withdrawn",
}

const VERBS: Record<RequestAction, string> = {
  verify: "be verified",
  pause: "wait for identity",
  resume: "resume",
  extend: "be extended",
  complete: "be completed",
  refuse: "be refused",
  withdraw: "be withdrawn",
  act: "be acted on",
  note: "take a note",
}

export function canTransition(action: RequestAction, status: RequestStatus): boolean {
  return ACTION_FROM[action].includes(status)
}

/** The state a request reaches; `resume` returns to where the request was before it waited. */
export function targetStatus(action: RequestAction, current: { status: RequestStatus; verified: boolean }): RequestStatus {
  switch (action) {
    case "verify":
      return "in_progress"
    case "pause":
      return "awaiting_verification"
    case "resume":
      return current.verified ? "in_progress" : "received"
    case "complete":
      return "completed"
    case "refuse":
      return "refused"
    case "withdraw":
      return "withdrawn"
    default:
      return current.status
  }
}

/** The 409 for an action the request's state does not allow, naming the state. */
export function transitionConflict(reference: string, status: RequestStatus, action: RequestAction): MedusaError {
  const allowed = ACTION_FROM[action].map((state) => LABELS[state]).join(" or ")
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `Request ${reference} is ${LABELS[status]}: it cannot ${VERBS[action]} (only a request that is ${allowed} can)`
  )
}
