import { Button, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { requestChannelLabel, rightsLabel, type DataSubjectRequest } from "../lib/requests"
import { formatDateTime } from "../lib/format"
import { DueBadge, RequestStatusBadge } from "./request-badges"

/** The requests register's rows; each reference opens the request. */
export const RequestsTable = ({
  requests,
  hasMore,
  loadingMore,
  onMore,
}: {
  requests: DataSubjectRequest[]
  hasMore: boolean
  loadingMore: boolean
  onMore: () => void
}) => (
  <>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Reference</Table.HeaderCell>
          <Table.HeaderCell>Person</Table.HeaderCell>
          <Table.HeaderCell>Rights</Table.HeaderCell>
          <Table.HeaderCell>Channel</Table.HeaderCell>
          <Table.HeaderCell>Received</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Due</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {requests.map((request) => (
          <Table.Row key={request.id} data-testid="request-row">
            <Table.Cell>
              <Link to={`/privacy/requests/${request.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                {request.reference}
              </Link>
            </Table.Cell>
            <Table.Cell>{request.email ?? request.customer_id ?? "-"}</Table.Cell>
            <Table.Cell>{rightsLabel(request.rights)}</Table.Cell>
            <Table.Cell>{requestChannelLabel(request.channel)}</Table.Cell>
            <Table.Cell>{formatDateTime(request.received_at)}</Table.Cell>
            <Table.Cell><RequestStatusBadge status={request.status} /></Table.Cell>
            <Table.Cell>
              <div className="flex flex-col gap-y-1">
                <DueBadge request={request} />
                <Text size="xsmall" className="text-ui-fg-subtle">{request.deadline.due_on}</Text>
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {requests.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">No requests.</Text>}
    {hasMore && (
      <div className="px-6 py-4">
        <Button size="small" variant="secondary" isLoading={loadingMore} onClick={onMore}>Load more</Button>
      </div>
    )}
  </>
)
