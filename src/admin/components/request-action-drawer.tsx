import { Button, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRequestAction, type RequestAction } from "../hooks/requests"

export type ActionField = {
  name: string
  label: string
  kind: "text" | "textarea" | "select"
  required?: boolean
  options?: { value: string; label: string }[]
}

type Props = {
  requestId: string
  action: RequestAction
  label: string
  title: string
  description?: string
  fields: ActionField[]
  variant?: "secondary" | "danger" | "primary"
  done: string
}

const initial = (fields: ActionField[]) => Object.fromEntries(fields.map((field) => [field.name, field.kind === "select" ? field.options![0].value : ""]))

/** One of the request's actions, with the few fields it takes; the API's refusal (such as a 409 naming the state) is shown as it came. */
export const RequestActionDrawer = ({ requestId, action, label, title, description, fields, variant = "secondary", done }: Props) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Record<string, string>>(() => initial(fields))
  const mutation = useRequestAction(requestId, action)
  const ready = fields.every((field) => !field.required || values[field.name].trim().length > 0)

  const submit = () => {
    const body = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== ""))
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success(done)
        setValues(initial(fields))
        setOpen(false)
      },
      onError: (error) => toast.error(error.message),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={variant}>{label}</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {description && <Text size="small" className="text-ui-fg-subtle">{description}</Text>}
          {fields.map((field) => {
            const id = `request-${action}-${field.name}`
            const set = (value: string) => setValues((current) => ({ ...current, [field.name]: value }))
            return (
              <div key={field.name} className="flex flex-col gap-y-2">
                <Label htmlFor={id} size="small" weight="plus">{field.label}{field.required ? "" : " (optional)"}</Label>
                {field.kind === "select" ? (
                  <Select value={values[field.name]} onValueChange={set}>
                    <Select.Trigger id={id} aria-label={field.label}><Select.Value /></Select.Trigger>
                    <Select.Content>
                      {field.options!.map((option) => <Select.Item key={option.value} value={option.value}>{option.label}</Select.Item>)}
                    </Select.Content>
                  </Select>
                ) : field.kind === "textarea" ? (
                  <Textarea id={id} value={values[field.name]} maxLength={2000} onChange={(event) => set(event.target.value)} />
                ) : (
                  <Input id={id} value={values[field.name]} maxLength={100} onChange={(event) => set(event.target.value)} />
                )}
              </div>
            )
          })}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" variant={variant === "danger" ? "danger" : "primary"} disabled={!ready} isLoading={mutation.isPending} onClick={submit}>
            {label}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** An action that takes no fields: one click. */
export const RequestActionButton = ({ requestId, action, label, done }: { requestId: string; action: RequestAction; label: string; done: string }) => {
  const mutation = useRequestAction(requestId, action)
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={mutation.isPending}
      onClick={() =>
        mutation.mutate(
          {},
          {
            // An export by address finds nothing held: the answer is then "no data held".
            onSuccess: (answer: unknown) =>
              (answer as { held?: boolean } | undefined)?.held === false
                ? toast.info("Nothing is held under this address: complete the request with the outcome “no data held”.")
                : toast.success(done),
            onError: (error) => toast.error(error.message),
          }
        )
      }
    >
      {label}
    </Button>
  )
}
