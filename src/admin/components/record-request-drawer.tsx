import { Button, Checkbox, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useRecordRequest } from "../hooks/requests"
import { humanize } from "../lib/format"
import {
  REQUEST_CHANNELS,
  REQUEST_RIGHTS,
  REQUEST_VERIFICATIONS,
  requestChannelLabel,
  verificationLabel,
  type RequestChannel,
  type RequestRight,
  type RequestVerification,
} from "../lib/requests"

const NONE = "none"
// Staff record what reached them outside the shop's own forms.
const STAFF_CHANNELS = REQUEST_CHANNELS.filter((channel) => channel !== "web_form" && channel !== "account")

/** A datetime-local value for a moment, in the staff member's own time zone. */
const localValue = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)

/**
 * Staff record a request that came by letter, call, visit or e-mail; the
 * deadline runs from the moment it was received, which may lie in the past.
 */
export const RecordRequestDrawer = ({ customerId }: { customerId?: string }) => {
  const [open, setOpen] = useState(false)
  const [rights, setRights] = useState<RequestRight[]>([])
  const [channel, setChannel] = useState<RequestChannel>("letter")
  const [receivedAt, setReceivedAt] = useState(() => localValue(new Date()))
  const [customer, setCustomer] = useState(customerId ?? "")
  const [email, setEmail] = useState("")
  const [language, setLanguage] = useState("")
  const [method, setMethod] = useState<RequestVerification | typeof NONE>(NONE)
  const [note, setNote] = useState("")
  const record = useRecordRequest()

  const received = receivedAt ? new Date(receivedAt) : null
  const inFuture = received !== null && received.getTime() > Date.now()
  const ready = rights.length > 0 && (customer.trim() || email.trim()) && received && !inFuture

  const reset = () => {
    setRights([])
    setReceivedAt(localValue(new Date()))
    setEmail("")
    setNote("")
    setMethod(NONE)
  }
  const toggle = (right: RequestRight, on: boolean) =>
    setRights((current) => (on ? [...current, right] : current.filter((value) => value !== right)))

  const save = () =>
    record.mutate(
      {
        rights,
        channel,
        received_at: received!.toISOString(),
        customer_id: customer.trim() || undefined,
        email: email.trim() || undefined,
        language: language.trim() || undefined,
        verification_method: method === NONE ? undefined : method,
        note: note.trim() || undefined,
      },
      {
        onSuccess: ({ request }) => {
          toast.success(`Request ${request.reference} recorded`, { description: `Due on ${request.deadline.due_on}` })
          reset()
          setOpen(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={(next) => { setOpen(next); if (next) setReceivedAt(localValue(new Date())) }}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small">Record request</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Record a request</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            A request that reached you by letter, phone, in person or e-mail. The one month to answer runs from when it was received.
          </Text>
          <fieldset className="flex flex-col gap-y-2">
            <legend className="txt-compact-small-plus mb-2">Rights asked for</legend>
            {REQUEST_RIGHTS.map((right) => (
              <div key={right} className="flex items-center gap-x-2">
                <Checkbox id={`request-right-${right}`} checked={rights.includes(right)} onCheckedChange={(value) => toggle(right, value === true)} />
                <Label htmlFor={`request-right-${right}`} size="small">{humanize(right)}</Label>
              </div>
            ))}
          </fieldset>
          <Field label="Channel" id="request-channel">
            <Select value={channel} onValueChange={(value) => setChannel(value as RequestChannel)}>
              <Select.Trigger id="request-channel" aria-label="Channel"><Select.Value /></Select.Trigger>
              <Select.Content>
                {STAFF_CHANNELS.map((value) => <Select.Item key={value} value={value}>{requestChannelLabel(value)}</Select.Item>)}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Received at" id="request-received-at">
            <Input id="request-received-at" type="datetime-local" max={localValue(new Date())} value={receivedAt} onChange={(event) => setReceivedAt(event.target.value)} />
            {inFuture && <Text size="small" className="text-ui-fg-error">The time received cannot be in the future.</Text>}
          </Field>
          <Field label="Customer id" id="request-customer">
            <Input id="request-customer" placeholder="cus_…" value={customer} disabled={Boolean(customerId)} onChange={(event) => setCustomer(event.target.value)} />
          </Field>
          <Field label="E-mail" id="request-email">
            <Input id="request-email" type="email" placeholder={customer ? "The customer's address unless given" : "For someone without an account"} value={email} onChange={(event) => setEmail(event.target.value)} />
          </Field>
          <Field label="Language of the answer (optional)" id="request-language">
            <Input id="request-language" placeholder="nb, en, …" value={language} maxLength={35} onChange={(event) => setLanguage(event.target.value)} />
          </Field>
          <Field label="Identity checked by (optional)" id="request-verification">
            <Select value={method} onValueChange={(value) => setMethod(value as RequestVerification | typeof NONE)}>
              <Select.Trigger id="request-verification" aria-label="Identity checked by"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Not yet checked</Select.Item>
                {REQUEST_VERIFICATIONS.filter((value) => value !== "session" && value !== "email_link").map((value) => (
                  <Select.Item key={value} value={value}>{verificationLabel(value)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Note (optional)" id="request-note">
            <Textarea id="request-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" disabled={!ready} isLoading={record.isPending} onClick={save}>Record</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const Field = ({ label, id, children }: { label: string; id: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">{label}</Label>
    {children}
  </div>
)
