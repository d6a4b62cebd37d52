import { Badge, Button, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AccessLogEntry } from "../hooks/access-log"
import { formatDateTime, humanize } from "../lib/format"

const OUTCOME_COLORS: Record<AccessLogEntry["outcome"], "green" | "orange" | "red"> = { ok: "green", refused: "orange", failed: "red" }

function actorOf(entry: AccessLogEntry): string {
  if (entry.actor_type === "link") return "Holder of the e-mailed link"
  if (entry.actor_type === "api-key") return `API key ${entry.actor_id}`
  return entry.actor_email ?? entry.actor_id ?? "-"
}

/** Entries of the access log; the customers column is left out where the page is about one customer. */
export const AccessLogTable = ({
  entries,
  showCustomers = true,
  hasMore,
  loadingMore,
  onMore,
}: {
  entries: AccessLogEntry[]
  showCustomers?: boolean
  hasMore: boolean
  loadingMore: boolean
  onMore: () => void
}) => (
  <>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>When</Table.HeaderCell>
          <Table.HeaderCell>Who</Table.HeaderCell>
          <Table.HeaderCell>Action</Table.HeaderCell>
          <Table.HeaderCell>Route</Table.HeaderCell>
          {showCustomers && <Table.HeaderCell>Customers</Table.HeaderCell>}
          <Table.HeaderCell>Purpose</Table.HeaderCell>
          <Table.HeaderCell>Outcome</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => (
          <Table.Row key={entry.id} data-testid="access-log-row">
            <Table.Cell>{formatDateTime(entry.occurred_at)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{actorOf(entry)}</span>
                <Text size="xsmall" className="text-ui-fg-subtle">{entry.role ? humanize(entry.role) : "No privacy role"}{entry.ip_prefix ? `, ${entry.ip_prefix}` : ""}</Text>
              </div>
            </Table.Cell>
            <Table.Cell>{humanize(entry.action)}</Table.Cell>
            <Table.Cell>
              <code className="txt-compact-xsmall">{entry.method} {entry.route}</code>
            </Table.Cell>
            {showCustomers && (
              <Table.Cell>
                {entry.customer_count === 1 ? (
                  <Link to={`/customers/${entry.customer_ids[0]}`} className="text-ui-fg-interactive">{entry.customer_ids[0]}</Link>
                ) : (
                  entry.customer_count
                )}
              </Table.Cell>
            )}
            <Table.Cell>{entry.purpose ?? "-"}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={OUTCOME_COLORS[entry.outcome]}>{entry.status} {humanize(entry.outcome)}</Badge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {entries.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">No accesses recorded.</Text>}
    {hasMore && (
      <div className="px-6 py-4">
        <Button size="small" variant="secondary" isLoading={loadingMore} onClick={onMore}>Older entries</Button>
      </div>
    )}
  </>
)
