import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { DueBadge, RequestStatusBadge } from "../../../../components/request-badges"
import { RequestActions } from "../../../../components/request-actions"
import { RequestRecipientTasks } from "../../../../components/request-recipient-tasks"
import { RequestTimeline } from "../../../../components/request-timeline"
import { SectionRow } from "../../../../components/section-row"
import { useRequest } from "../../../../hooks/requests"
import { useMyPrivacyRole } from "../../../../hooks/staff"
import { formatDateTime, humanize, languageName } from "../../../../lib/format"
import { isOpen, requestChannelLabel, requestStatusLabel, rightsLabel, verificationLabel, type RequestDetail } from "../../../../lib/requests"

const KEPT_LABELS: Record<string, string> = {
  bookkeeping: "Order details kept as accounting material",
  consent_proof: "Proof of consents given and withdrawn",
  request_records: "The record of this request",
  access_log: "The access log of staff",
}

/** One request: who asked what, its deadline, what was done and kept, its timeline and the actions its status allows. */
const RequestPage = () => {
  const { id } = useParams()
  const { role, isOfficer, isLoading: roleLoading } = useMyPrivacyRole()
  const { data: request, error, isLoading } = useRequest(id!, role !== null)

  if (!roleLoading && role === null) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h1">Request</Heading>
        <Text size="small" className="text-ui-fg-subtle">Data subject requests need the privacy_agent role.</Text>
      </Container>
    )
  }
  if (error) return <Container className="px-6 py-4"><Text size="small" className="text-ui-fg-error">{error.message}</Text></Container>
  if (isLoading || !request) return <Container className="px-6 py-4"><Text size="small">Loading…</Text></Container>

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{request.reference}</Heading>
            <RequestStatusBadge status={request.status} />
            <DueBadge request={request} />
          </div>
          <RequestActions request={request} isOfficer={isOfficer} />
        </div>
        <SectionRow
          title="Person"
          value={request.customer_id ? (
            <Link to={`/customers/${request.customer_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">{request.email ?? request.customer_id}</Link>
          ) : request.email}
        />
        <SectionRow title="Rights" value={rightsLabel(request.rights)} />
        <SectionRow title="Channel" value={requestChannelLabel(request.channel)} />
        <SectionRow title="Status" value={requestStatusLabel(request.status)} />
        <SectionRow title="Received" value={formatDateTime(request.received_at)} />
        <SectionRow title="Language" value={languageName(request.language)} />
        <SectionRow title="Identity" value={request.verified_at ? `${verificationLabel(request.verification_method)}, ${formatDateTime(request.verified_at)}` : "Not verified yet"} />
        {request.outcome && <SectionRow title="Outcome" value={humanize(request.outcome)} />}
        {request.answer_note && <SectionRow title="Answer" value={request.answer_note} />}
        {request.refusal_reason && <SectionRow title="Refused because" value={request.refusal_reason} />}
        {request.closed_at && <SectionRow title="Closed" value={formatDateTime(request.closed_at)} />}
      </Container>

      <Deadline request={request} />

      {request.kept.length > 0 && (
        <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="request-kept">
          <Heading level="h2">Kept</Heading>
          {request.kept.map((item, index) => (
            <Text size="small" key={index}>
              {KEPT_LABELS[item.kind] ?? humanize(item.kind)}
              {item.order !== undefined ? `, order #${item.order}` : ""}
              {item.until ? `, until ${item.until}` : ""}
            </Text>
          ))}
        </Container>
      )}

      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="request-links">
        <Heading level="h2">Done for this request</Heading>
        {request.links.length === 0 && <Text size="small" className="text-ui-fg-subtle">Nothing linked yet.</Text>}
        {request.links.map((link) => (
          <Text size="small" key={`${link.kind}-${link.id}`}>
            {humanize(link.kind)} <code className="txt-compact-xsmall">{link.id}</code>, {formatDateTime(link.at)}
          </Text>
        ))}
      </Container>

      <RequestRecipientTasks requestId={request.id} />

      <Container className="p-0">
        <div className="px-6 py-4"><Heading level="h2">Timeline</Heading></div>
        <RequestTimeline events={request.timeline} />
      </Container>
    </div>
  )
}

const Deadline = ({ request }: { request: RequestDetail }) => {
  const { deadline } = request
  const open = isOpen(request.status)
  const left = deadline.days_left
  return (
    <Container className="divide-y p-0" data-testid="request-deadline">
      <div className="px-6 py-4"><Heading level="h2">Deadline</Heading></div>
      <SectionRow title="Due on" value={deadline.due_on} />
      <SectionRow title="First due on" value={deadline.first_due_on} />
      <SectionRow title="Extended" value={deadline.extended ? `Yes, ${formatDateTime(deadline.extended_at)}: ${deadline.extension_reason ?? ""}` : "No"} />
      {(deadline.paused || deadline.paused_days > 0) && (
        <SectionRow
          title="Paused"
          value={`${deadline.paused ? `Waiting for identity since ${deadline.paused_since}` : "Not now"}${deadline.paused_days > 0 ? `; ${deadline.paused_days} day(s) paused before` : ""}`}
        />
      )}
      {open && left !== null && !deadline.paused && (
        <SectionRow title={deadline.overdue ? "Overdue" : "Days left"} value={deadline.overdue ? `${-left} day(s) overdue` : `${left} day(s)`} />
      )}
      {open && deadline.extendable_until && <SectionRow title="Can be extended until" value={deadline.extendable_until} />}
    </Container>
  )
}

export default RequestPage
