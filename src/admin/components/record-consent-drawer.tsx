import { Button, Drawer, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useRecordConsent } from "../hooks/consents"
import { channelLabel, humanize } from "../lib/format"
import { STAFF_CONSENT_SOURCES, type ConsentChannel, type StaffConsentSource } from "../lib/types"

const CHANNELS: ConsentChannel[] = ["email", "sms", "phone", "post"]

type Props = { customerId: string; purposes: string[] }

/** Staff record a consent or a withdrawal that reached them by phone, e-mail or letter. */
export const RecordConsentDrawer = ({ customerId, purposes }: Props) => {
  const [open, setOpen] = useState(false)
  const [purpose, setPurpose] = useState(purposes[0] ?? "marketing")
  const [channel, setChannel] = useState<ConsentChannel>("email")
  const [action, setAction] = useState<"withdrawn" | "granted">("withdrawn")
  const [source, setSource] = useState<StaffConsentSource>("admin_phone")
  const [note, setNote] = useState("")
  const record = useRecordConsent(customerId)

  const save = () =>
    record.mutate(
      { purpose, channel, granted: action === "granted", source, note: note.trim() || undefined },
      {
        onSuccess: () => {
          toast.success(action === "granted" ? "Consent recorded" : "Withdrawal recorded")
          setNote("")
          setOpen(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small">
          Record
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Record a consent or withdrawal</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            For requests that reached you by phone, e-mail or letter. After a customer has objected to marketing, only
            the customer can grant it again (GDPR Art. 21(3)).
          </Text>
          <Field label="Purpose" id="consent-purpose">
            <Select value={purpose} onValueChange={setPurpose}>
              <Select.Trigger id="consent-purpose"><Select.Value /></Select.Trigger>
              <Select.Content>
                {purposes.map((value) => (
                  <Select.Item key={value} value={value}>{humanize(value)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Channel" id="consent-channel">
            <Select value={channel} onValueChange={(value) => setChannel(value as ConsentChannel)}>
              <Select.Trigger id="consent-channel"><Select.Value /></Select.Trigger>
              <Select.Content>
                {CHANNELS.map((value) => (
                  <Select.Item key={value} value={value}>{channelLabel(value)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="The customer" id="consent-action">
            <Select value={action} onValueChange={(value) => setAction(value as "withdrawn" | "granted")}>
              <Select.Trigger id="consent-action"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value="withdrawn">Withdraws consent (objects)</Select.Item>
                <Select.Item value="granted">Gives consent</Select.Item>
              </Select.Content>
            </Select>
          </Field>
          <Field label="Received" id="consent-source">
            <Select value={source} onValueChange={(value) => setSource(value as StaffConsentSource)}>
              <Select.Trigger id="consent-source"><Select.Value /></Select.Trigger>
              <Select.Content>
                {STAFF_CONSENT_SOURCES.map(({ value, label }) => (
                  <Select.Item key={value} value={value}>{label}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Note (optional)" id="consent-note">
            <Textarea id="consent-note" value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={record.isPending}>Save</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const Field = ({ label, id, children }: { label: string; id: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id}>{label}</Label>
    {children}
  </div>
)
