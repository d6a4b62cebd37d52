import { Badge, StatusBadge } from "@medusajs/ui"
import { isOpen, requestStatusLabel, type DataSubjectRequest, type RequestStatus } from "../lib/requests"

const STATUS_COLORS: Record<RequestStatus, "grey" | "orange" | "blue" | "green" | "red"> = {
  received: "blue",
  awaiting_verification: "orange",
  in_progress: "blue",
  completed: "green",
  refused: "red",
  withdrawn: "grey",
}

export const RequestStatusBadge = ({ status }: { status: RequestStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]}>{requestStatusLabel(status)}</StatusBadge>
)

/**
 * How the answer stands against its deadline (GDPR Art. 12(3)): a request
 * waiting for the person's identity has its clock stopped, so it shows paused
 * rather than a count that is not running.
 */
export const DueBadge = ({ request }: { request: DataSubjectRequest }) => {
  const { deadline } = request
  if (!isOpen(request.status)) {
    return null
  }
  const badges = []
  if (deadline.paused) {
    badges.push(<Badge key="paused" size="2xsmall" color="orange">Waiting for identity (paused)</Badge>)
  } else if (deadline.overdue) {
    const late = -(deadline.days_left ?? 0)
    badges.push(<Badge key="due" size="2xsmall" color="red">Overdue{late > 0 ? ` by ${late} day${late === 1 ? "" : "s"}` : ""}</Badge>)
  } else if (deadline.days_left === 0) {
    badges.push(<Badge key="due" size="2xsmall" color="orange">Due today</Badge>)
  } else if (deadline.days_left !== null) {
    const days = deadline.days_left
    badges.push(
      <Badge key="due" size="2xsmall" color={days <= 7 ? "orange" : "grey"}>
        Due in {days} day{days === 1 ? "" : "s"}
      </Badge>
    )
  }
  if (deadline.extended) {
    badges.push(<Badge key="extended" size="2xsmall" color="purple">Extended</Badge>)
  }
  return <span className="inline-flex flex-wrap gap-1" data-testid="request-due-badge">{badges}</span>
}
