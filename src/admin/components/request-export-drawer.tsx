import { Button, Drawer, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useRequestExport } from "../hooks/exports"
import { languageName } from "../lib/format"
import { STAFF_VERIFICATION_METHODS, type VerificationMethod } from "../lib/types"

type Props = { customerId: string; languages: string[]; defaultLanguage: string }

/**
 * Staff record a request for a copy of the customer's data that came by
 * letter, e-mail or in person, with how the person's identity was checked.
 */
export const RequestExportDrawer = ({ customerId, languages, defaultLanguage }: Props) => {
  const [open, setOpen] = useState(false)
  const [verification, setVerification] = useState<VerificationMethod>("signed_document")
  const [language, setLanguage] = useState(languages.includes(defaultLanguage) ? defaultLanguage : languages[0])
  const [note, setNote] = useState("")
  const request = useRequestExport(customerId)

  const save = () =>
    request.mutate(
      { verification, language, note: note.trim() || undefined },
      {
        onSuccess: () => {
          toast.success("Export requested", { description: "It is built in the background; the download link appears here." })
          setNote("")
          setOpen(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small">Export data</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Export the customer's data</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            For a request that reached you by letter, e-mail or in person. Hand the copy over only once the person's
            identity is verified: a signed request, in person, or from the e-mail address on file. Customers who are signed
            in can ask for their copy themselves.
          </Text>
          <Field label="Identity checked by" id="export-verification">
            <Select value={verification} onValueChange={(value) => setVerification(value as VerificationMethod)}>
              <Select.Trigger id="export-verification"><Select.Value /></Select.Trigger>
              <Select.Content>
                {STAFF_VERIFICATION_METHODS.map(({ value, label }) => (
                  <Select.Item key={value} value={value}>{label}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Language of the summary" id="export-language">
            <Select value={language} onValueChange={setLanguage}>
              <Select.Trigger id="export-language"><Select.Value /></Select.Trigger>
              <Select.Content>
                {languages.map((tag) => (
                  <Select.Item key={tag} value={tag}>{languageName(tag)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Note (optional)" id="export-note">
            <Textarea
              id="export-note"
              value={note}
              maxLength={1000}
              placeholder="e.g. Signed letter received 20 November"
              onChange={(event) => setNote(event.target.value)}
            />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={request.isPending}>Request export</Button>
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
