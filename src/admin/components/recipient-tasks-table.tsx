import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatDateTime, humanize } from "../lib/format"
import { changeLabel, occasionLabel } from "../lib/recipients"
import type { RecipientTask } from "../lib/recipient-types"
import { RecipientTaskActions } from "./recipient-task-actions"

/** Art. 19 tasks: which recipient to tell about which change to whose data, and the disclosures that make it necessary. */
export const RecipientTasksTable = ({ tasks, isOfficer }: { tasks: RecipientTask[]; isOfficer: boolean }) => (
  <>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Recipient</Table.HeaderCell>
          <Table.HeaderCell>Change</Table.HeaderCell>
          <Table.HeaderCell>Customer</Table.HeaderCell>
          <Table.HeaderCell>Request</Table.HeaderCell>
          <Table.HeaderCell>Opened</Table.HeaderCell>
          <Table.HeaderCell>Rests on</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {tasks.map((task) => (
          <Table.Row key={task.id} data-testid="recipient-task-row">
            <Table.Cell>{task.recipient_name}</Table.Cell>
            <Table.Cell>{changeLabel(task.change)}</Table.Cell>
            <Table.Cell>
              <Link to={`/customers/${task.customer_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">{task.customer_id}</Link>
            </Table.Cell>
            <Table.Cell>
              {task.request_id ? (
                <Link to={`/privacy/requests/${task.request_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">Open request</Link>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell>{formatDateTime(task.created_at)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-2">
                {task.sources.map((source, index) => (
                  <Text size="xsmall" key={`${source.source_id ?? source.order_id ?? ""}-${index}`}>
                    {occasionLabel(source.occasion)}, {formatDate(source.disclosed_at)}
                    {source.order_id ? `, order ${source.order_id}` : ""}
                  </Text>
                ))}
              </div>
            </Table.Cell>
            <Table.Cell>
              {task.status === "open" ? (
                <RecipientTaskActions task={task} isOfficer={isOfficer} />
              ) : (
                <div className="flex flex-col">
                  <span>{humanize(task.status)}, {formatDateTime(task.closed_at)}</span>
                  {task.reason && <Text size="xsmall" className="text-ui-fg-subtle">{task.reason}</Text>}
                </div>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {tasks.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">No recipients to tell.</Text>}
  </>
)
