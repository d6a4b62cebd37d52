import { Table, Text } from "@medusajs/ui"
import { formatDateTime, humanize } from "../lib/format"
import { requestStatusLabel, verificationLabel, type RequestEvent } from "../lib/requests"

const actorOf = (actor: RequestEvent["actor"]) => {
  if (actor.type === "system") return "The shop"
  if (actor.type === "subject" || actor.type === "customer") return "The person"
  return `${humanize(actor.type)} ${actor.id ?? ""}`.trim()
}

/** The parts of an event's data that say something to staff. */
function detailOf(event: RequestEvent): string {
  const data = event.data ?? {}
  const parts: string[] = []
  const link = data.link as { kind?: string; id?: string } | undefined
  if (link?.kind) parts.push(`${humanize(link.kind)} ${link.id ?? ""}`.trim())
  if (typeof data.method === "string") parts.push(verificationLabel(data.method))
  if (typeof data.outcome === "string") parts.push(humanize(data.outcome))
  if (typeof data.reason === "string") parts.push(data.reason)
  if (typeof data.note === "string") parts.push(data.note)
  return parts.join(" · ")
}

export const RequestTimeline = ({ events }: { events: RequestEvent[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>When</Table.HeaderCell>
        <Table.HeaderCell>What</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Who</Table.HeaderCell>
        <Table.HeaderCell>Details</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {events.map((event) => (
        <Table.Row key={event.id} data-testid="request-event">
          <Table.Cell>{formatDateTime(event.occurred_at)}</Table.Cell>
          <Table.Cell>{humanize(event.kind)}</Table.Cell>
          <Table.Cell>
            {event.from_status !== event.to_status && event.to_status
              ? `${event.from_status ? `${requestStatusLabel(event.from_status)} → ` : ""}${requestStatusLabel(event.to_status)}`
              : "-"}
          </Table.Cell>
          <Table.Cell>{actorOf(event.actor)}</Table.Cell>
          <Table.Cell><Text size="small" className="whitespace-pre-line break-words">{detailOf(event) || "-"}</Text></Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
