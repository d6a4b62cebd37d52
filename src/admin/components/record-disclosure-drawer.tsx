import { Button, Checkbox, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useRecipients, useRecordDisclosure } from "../hooks/recipients"
import { categoriesLabel, categoryLabel, DISCLOSURE_CATEGORIES, LEGAL_BASES, legalBasisLabel, MANUAL_OCCASIONS, occasionLabel } from "../lib/recipients"
import type { DisclosureOccasion } from "../lib/recipient-types"

type ManualOccasion = (typeof MANUAL_OCCASIONS)[number]

// The basis each occasion usually rests on; staff may choose another.
const USUAL_BASIS: Record<ManualOccasion, string> = {
  debt_collection: "legitimate_interests",
  authority_request: "legal_obligation",
  other: "contract",
}

/** Today as YYYY-MM-DD in the staff member's own time zone. */
const today = () => {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

/** A day becomes its start in local time, except today, which is now: a disclosure is never dated after it happened. */
const momentOf = (day: string) => (day === today() ? new Date() : new Date(`${day}T00:00`)).toISOString()

/**
 * Staff record what the shop handed over outside its own flows: a claim sent
 * to the debt collector, data given to an authority on request (with the law
 * it relied on), anything else. The API checks the fields and its refusal is
 * shown here as it came.
 */
export const RecordDisclosureDrawer = ({ customerId }: { customerId: string }) => {
  const [open, setOpen] = useState(false)
  const [recipientId, setRecipientId] = useState("")
  const [categories, setCategories] = useState<string[]>([])
  const [occasion, setOccasion] = useState<ManualOccasion>("debt_collection")
  const [legalBasis, setLegalBasis] = useState(USUAL_BASIS.debt_collection)
  const [day, setDay] = useState(today)
  const [orderId, setOrderId] = useState("")
  const [reference, setReference] = useState("")
  const [legalReference, setLegalReference] = useState("")
  const [note, setNote] = useState("")
  const recipients = useRecipients(open)
  const record = useRecordDisclosure(customerId)

  const recipient = recipients.data?.recipients.find((candidate) => candidate.id === recipientId)
  const needsLaw = occasion === "authority_request"
  const ready = recipientId && categories.length > 0 && day && (!needsLaw || legalReference.trim())

  const reset = () => {
    setRecipientId("")
    setCategories([])
    setOccasion("debt_collection")
    setLegalBasis(USUAL_BASIS.debt_collection)
    setDay(today())
    setOrderId("")
    setReference("")
    setLegalReference("")
    setNote("")
    record.reset()
  }
  const toggle = (category: string, on: boolean) =>
    setCategories((current) => (on ? [...current, category] : current.filter((value) => value !== category)))

  const save = () =>
    record.mutate(
      {
        recipient_id: recipientId,
        data_categories: categories,
        occasion: occasion as DisclosureOccasion,
        legal_basis: legalBasis,
        disclosed_at: momentOf(day),
        order_id: orderId.trim() || undefined,
        reference: reference.trim() || undefined,
        legal_reference: legalReference.trim() || undefined,
        note: note.trim() || undefined,
      },
      {
        onSuccess: ({ disclosure }) => {
          toast.success(`Disclosure to ${disclosure.recipient_name} recorded`)
          reset()
          setOpen(false)
        },
      }
    )

  return (
    <Drawer open={open} onOpenChange={(next) => { setOpen(next); if (next) reset() }}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small">Record disclosure</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Record a disclosure</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            Data handed to a recipient outside the shop's own flows. It is listed in the customer's export and the recipient is told when the
            data is later erased or corrected.
          </Text>
          <Field label="Recipient" id="disclosure-recipient">
            <Select value={recipientId} onValueChange={setRecipientId}>
              <Select.Trigger id="disclosure-recipient" aria-label="Recipient"><Select.Value placeholder="Choose from the register" /></Select.Trigger>
              <Select.Content>
                {recipients.data?.recipients.map((candidate) => <Select.Item key={candidate.id} value={candidate.id}>{candidate.name}</Select.Item>)}
              </Select.Content>
            </Select>
            {recipients.error && <Text size="small" className="text-ui-fg-error">{recipients.error.message}</Text>}
            {recipient && <Text size="xsmall" className="text-ui-fg-subtle">The register says it receives: {categoriesLabel(recipient.data_categories)}</Text>}
          </Field>
          <fieldset className="flex flex-col gap-y-2">
            <legend className="txt-compact-small-plus mb-2">Data categories</legend>
            {DISCLOSURE_CATEGORIES.map((category) => (
              <div key={category} className="flex items-center gap-x-2">
                <Checkbox id={`disclosure-category-${category}`} checked={categories.includes(category)} onCheckedChange={(value) => toggle(category, value === true)} />
                <Label htmlFor={`disclosure-category-${category}`} size="small">{categoryLabel(category)}</Label>
              </div>
            ))}
          </fieldset>
          <Field label="Occasion" id="disclosure-occasion">
            <Select
              value={occasion}
              onValueChange={(value) => {
                setOccasion(value as ManualOccasion)
                setLegalBasis(USUAL_BASIS[value as ManualOccasion])
              }}
            >
              <Select.Trigger id="disclosure-occasion" aria-label="Occasion"><Select.Value /></Select.Trigger>
              <Select.Content>
                {MANUAL_OCCASIONS.map((value) => <Select.Item key={value} value={value}>{occasionLabel(value)}</Select.Item>)}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Legal basis" id="disclosure-legal-basis">
            <Select value={legalBasis} onValueChange={setLegalBasis}>
              <Select.Trigger id="disclosure-legal-basis" aria-label="Legal basis"><Select.Value /></Select.Trigger>
              <Select.Content>
                {LEGAL_BASES.map((value) => <Select.Item key={value} value={value}>{legalBasisLabel(value)}</Select.Item>)}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Date" id="disclosure-date">
            <Input id="disclosure-date" type="date" max={today()} value={day} onChange={(event) => setDay(event.target.value)} />
          </Field>
          <Field label="Order id (optional)" id="disclosure-order">
            <Input id="disclosure-order" placeholder="order_…" value={orderId} maxLength={100} onChange={(event) => setOrderId(event.target.value)} />
          </Field>
          <Field label="Reference (optional)" id="disclosure-reference">
            <Input id="disclosure-reference" placeholder="The collector's or authority's case number" value={reference} maxLength={200} onChange={(event) => setReference(event.target.value)} />
          </Field>
          <Field label={needsLaw ? "Legal reference" : "Legal reference (optional)"} id="disclosure-legal-reference">
            <Input
              id="disclosure-legal-reference"
              placeholder="The law the authority relied on"
              value={legalReference}
              maxLength={500}
              onChange={(event) => setLegalReference(event.target.value)}
            />
            {needsLaw && <Text size="xsmall" className="text-ui-fg-subtle">Required for an authority's request.</Text>}
          </Field>
          <Field label="Note (optional)" id="disclosure-note">
            <Textarea id="disclosure-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </Field>
          {record.error && <Text size="small" className="text-ui-fg-error" role="alert" data-testid="disclosure-error">{record.error.message}</Text>}
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
