import { REQUEST_VERIFICATIONS, isOpen, verificationLabel, type DataSubjectRequest, type RequestStatus } from "../lib/requests"
import { RequestActionButton, RequestActionDrawer } from "./request-action-drawer"
import { RequestEraseDrawer } from "./request-erase-drawer"

const NOTE = { name: "note", label: "Note", kind: "textarea" as const }
const REASON = { name: "reason", label: "Reason", kind: "textarea" as const, required: true }
const METHODS = REQUEST_VERIFICATIONS.map((value) => ({ value, label: verificationLabel(value) }))
const OUTCOMES = [
  { value: "done", label: "Done: everything asked was done" },
  { value: "partial", label: "In part: something had to be kept" },
  { value: "no_data", label: "No data held about the person" },
]
const LINK_KINDS = [
  { value: "consent_event", label: "Consent event" },
  { value: "profile_change", label: "Profile change" },
  { value: "disclosure", label: "Disclosure" },
]

/**
 * The actions the request's status allows (the API's state table); what only
 * an officer may do (refuse, lift a restriction, erase, complete an erasure
 * request) is not offered to agents.
 */
export const RequestActions = ({ request, isOfficer }: { request: DataSubjectRequest; isOfficer: boolean }) => {
  const id = request.id
  const status = request.status
  const is = (...statuses: RequestStatus[]) => statuses.includes(status)
  const working = is("in_progress")
  const open = isOpen(status)
  const asksErasure = request.rights.includes("erasure")
  // A person without an account is served by the verified address.
  const forPerson = Boolean(request.customer_id || request.email)

  return (
    <div className="flex flex-wrap gap-2" data-testid="request-actions">
      {is("received", "awaiting_verification") && (
        <RequestActionDrawer requestId={id} action="verify" label="Verify" title="Identity verified" done="Identity verified"
          description="How the person's identity was checked. Copies of identity documents are not kept, only the method."
          fields={[{ name: "method", label: "Method", kind: "select", options: METHODS }, NOTE]} />
      )}
      {is("received", "in_progress") && (
        <RequestActionDrawer requestId={id} action="pause" label="Ask for identity" title="Ask for proof of identity" done="Waiting for identity"
          description="The clock stops until the person answers." fields={[NOTE]} />
      )}
      {is("awaiting_verification") && (
        <RequestActionDrawer requestId={id} action="resume" label="Resume" title="Resume the request" done="Resumed" fields={[NOTE]} />
      )}
      {open && request.deadline.extendable_until && (
        <RequestActionDrawer requestId={id} action="extend" label="Extend" title="Extend by two months" done="Deadline extended"
          description={`Allowed once, for a complex or numerous request, when the person is told why by ${request.deadline.extendable_until}.`}
          fields={[REASON]} />
      )}
      {working && forPerson && <RequestActionButton requestId={id} action="export" label="Start export" done="Export started" />}
      {working && forPerson && <RequestEraseDrawer requestId={id} isOfficer={isOfficer} />}
      {working && <RequestActionButton requestId={id} action="object" label="Record objection" done="Objection recorded" />}
      {working && (
        <RequestActionDrawer requestId={id} action="restrict" label="Restrict" title="Restrict processing" done="Processing restricted"
          description="While restricted, the person is left out of marketing and held from erasure (Art. 18)." fields={[REASON]} />
      )}
      {working && isOfficer && (
        <RequestActionDrawer requestId={id} action="lift-restriction" label="Lift restriction" title="Lift the restriction" done="Restriction lifted"
          fields={[{ ...NOTE, required: true }]} />
      )}
      {working && (
        <RequestActionDrawer requestId={id} action="links" label="Link a record" title="Link a record to the request" done="Linked"
          fields={[{ name: "kind", label: "Kind", kind: "select", options: LINK_KINDS }, { name: "id", label: "Record id", kind: "text", required: true }, NOTE]} />
      )}
      <RequestActionDrawer requestId={id} action="notes" label="Add note" title="Add a note" done="Note added" fields={[{ ...NOTE, required: true }]} />
      {working && (isOfficer || !asksErasure) && (
        <RequestActionDrawer requestId={id} action="complete" label="Complete" variant="primary" title="Complete the request" done="Request completed"
          fields={[{ name: "outcome", label: "Outcome", kind: "select", options: OUTCOMES }, NOTE]} />
      )}
      {open && isOfficer && (
        <RequestActionDrawer requestId={id} action="refuse" label="Refuse" variant="danger" title="Refuse the request" done="Request refused"
          description="Only for a request that is manifestly unfounded or excessive (Art. 12(5)); the reason goes to the person." fields={[REASON]} />
      )}
      {open && (
        <RequestActionDrawer requestId={id} action="withdraw" label="Withdraw" title="The person withdraws the request" done="Request withdrawn" fields={[NOTE]} />
      )}
    </div>
  )
}
