import { type CalendarDate, dayNumber } from "./calendar-date"
import { type Deadline, type DeadlineInput, type ReceivedOn, dueDate, receivedDate } from "./deadline"

export type ExtensionInput = Omit<DeadlineInput, "extended"> & {
  /** The day the shop tells the person of the extension (same forms as `receivedOn`). */
  requestedOn: ReceivedOn
  /** Art. 12(3) requires the reasons to be given to the person. */
  reason?: string | null
}

export type ExtensionRefusal =
  | { code: "reason_missing" }
  | { code: "first_due_reached"; firstDue: CalendarDate }
  | { code: "requested_before_receipt"; receivedOn: CalendarDate }

export type ExtensionDecision = { allowed: true; deadline: Deadline } | { allowed: false; refusal: ExtensionRefusal }

/**
 * Whether a request may be extended by two further months (Art. 12(3); EDPB
 * Guidelines 01/2022 §§ 162-164): only with a reason and only while the first
 * month runs. From the first due date on it is refused, although that day
 * still belongs to the month (Reg. 1182/71 Art. 3(2)(c)): the notice must
 * reach the person within the month, and a notice sent on its last day may
 * arrive after it ends wherever the person is.
 */
export function canExtend(input: ExtensionInput): ExtensionDecision {
  if (!input.reason?.trim()) return { allowed: false, refusal: { code: "reason_missing" } }
  const first = dueDate({ ...input, extended: false })
  const requestedOn = dayNumber(receivedDate(input.requestedOn))
  if (requestedOn < dayNumber(first.receivedOn)) {
    return { allowed: false, refusal: { code: "requested_before_receipt", receivedOn: first.receivedOn } }
  }
  if (requestedOn >= dayNumber(first.firstDue)) {
    return { allowed: false, refusal: { code: "first_due_reached", firstDue: first.firstDue } }
  }
  return { allowed: true, deadline: dueDate({ ...input, extended: true }) }
}
