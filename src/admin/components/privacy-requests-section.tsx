import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useRequests } from "../hooks/requests"
import { useMyPrivacyRole } from "../hooks/staff"
import { formatDateTime, humanize } from "../lib/format"
import { RecordRequestDrawer } from "./record-request-drawer"
import { DueBadge, RequestStatusBadge } from "./request-badges"

/** The customer's data subject requests, newest first, for privacy staff. */
export const PrivacyRequestsSection = ({ customerId }: { customerId: string }) => {
  const { role } = useMyPrivacyRole()
  const requests = useRequests({ customer_id: customerId }, 10, role !== null)
  if (role === null) {
    return null
  }
  const rows = requests.data?.pages[0]?.requests ?? []
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="privacy-requests-section">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">Privacy requests</Text>
        <RecordRequestDrawer customerId={customerId} />
      </div>
      {requests.error && <Text size="small" className="text-ui-fg-error">{requests.error.message}</Text>}
      {requests.data && rows.length === 0 && <Text size="small" className="text-ui-fg-subtle">No requests.</Text>}
      {rows.map((request) => (
        <div key={request.id} className="flex flex-wrap items-center justify-between gap-2" data-testid="customer-request-row">
          <div className="flex flex-col">
            <Link to={`/privacy/requests/${request.id}`} className="text-ui-fg-interactive txt-compact-small">{request.reference}</Link>
            <Text size="xsmall" className="text-ui-fg-subtle">{request.rights.map(humanize).join(", ")}, {formatDateTime(request.received_at)}</Text>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <RequestStatusBadge status={request.status} />
            <DueBadge request={request} />
          </div>
        </div>
      ))}
    </div>
  )
}
