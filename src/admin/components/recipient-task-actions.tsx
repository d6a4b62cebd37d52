import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCloseRecipientTask } from "../hooks/recipients"
import { changeLabel } from "../lib/recipients"
import type { RecipientTask } from "../lib/recipient-types"

const OFFICERS_ONLY = "Needs the privacy_officer role"

/**
 * Closing an Art. 19 task: "Mark done" once the recipient was told; "Not
 * required" when telling is impossible or would take disproportionate effort,
 * which Art. 19 allows only with the reason on record.
 */
export const RecipientTaskActions = ({ task, isOfficer }: { task: RecipientTask; isOfficer: boolean }) => {
  const close = useCloseRecipientTask(task.id)
  const markDone = () =>
    close.mutate(
      { status: "done" },
      {
        onSuccess: () => toast.success(`${task.recipient_name} marked as told`),
        onError: (error) => toast.error(error.message),
      }
    )
  return (
    <div className="flex flex-wrap gap-2" data-testid="recipient-task-actions">
      <Button size="small" variant="secondary" disabled={!isOfficer} title={isOfficer ? undefined : OFFICERS_ONLY} isLoading={close.isPending} onClick={markDone}>
        Mark done
      </Button>
      <NotRequiredDrawer task={task} isOfficer={isOfficer} />
    </div>
  )
}

const NotRequiredDrawer = ({ task, isOfficer }: { task: RecipientTask; isOfficer: boolean }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const close = useCloseRecipientTask(task.id)
  const id = `task-reason-${task.id}`

  const submit = () =>
    close.mutate(
      { status: "not_required", reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(`Telling ${task.recipient_name} recorded as not required`)
          setReason("")
          setOpen(false)
        },
      }
    )

  return (
    <Drawer open={open} onOpenChange={(next) => { setOpen(next); if (!next) close.reset() }}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={!isOfficer} title={isOfficer ? undefined : OFFICERS_ONLY}>Not required</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Telling the recipient is not required</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {changeLabel(task.change)} of the customer's data: {task.recipient_name} need not be told only when it proves impossible or
            involves disproportionate effort (GDPR Art. 19). Say why; the reason stays on record.
          </Text>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor={id} size="small" weight="plus">Reason</Label>
            <Textarea id={id} value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
          </div>
          {close.error && <Text size="small" className="text-ui-fg-error" role="alert">{close.error.message}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button size="small" disabled={!isOfficer || reason.trim().length === 0} isLoading={close.isPending} onClick={submit}>
            Record as not required
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
