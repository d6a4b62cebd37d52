import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useEraseCustomer, useErasureDryRun } from "../hooks/erasure"
import { useMyPrivacyRole } from "../hooks/staff"
import { humanize } from "../lib/format"
import type { ErasureDryRun } from "../lib/types"

/**
 * Staff erase a customer on request (GDPR Art. 17): first the dry run shows
 * what will be erased, kept (with the day it goes) or what blocks it; then
 * the erasure, with the reason on record.
 */
export const EraseCustomerDrawer = ({ customerId }: { customerId: string }) => {
  const [open, setOpen] = useState(false)
  // Agents may see the dry run; only an officer erases.
  const { isOfficer } = useMyPrivacyRole()
  const [reason, setReason] = useState("")
  const dryRun = useErasureDryRun(customerId)
  const erase = useEraseCustomer(customerId)
  const preview = dryRun.data?.dry_run

  const submit = () =>
    erase.mutate(reason.trim(), {
      onSuccess: ({ erasure }) => {
        if (erasure.status === "completed") {
          toast.success("Customer erased", { description: "Bookkeeping details on orders are kept until their release date." })
        } else {
          toast.warning("Erasure on hold", { description: "It goes ahead by itself once the holds are settled." })
        }
        setOpen(false)
      },
      onError: (error) => toast.error(error.message),
    })

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          dryRun.mutate()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button variant="danger" size="small">Erase customer</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Erase the customer's data</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {dryRun.isPending && <Text size="small">Working out what would be erased…</Text>}
          {dryRun.error && <Text size="small" className="text-ui-fg-error">{dryRun.error.message}</Text>}
          {preview && <DryRunSummary preview={preview} />}
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="erasure-reason" size="small" weight="plus">Reason</Label>
            <Textarea
              id="erasure-reason"
              value={reason}
              maxLength={500}
              placeholder="e.g. Request by signed letter of 20 November"
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          <Button
            variant="danger"
            size="small"
            disabled={reason.trim().length < 3 || !preview || !isOfficer}
            title={isOfficer ? undefined : "Needs the privacy_officer role"}
            isLoading={erase.isPending}
            onClick={submit}
          >
            {preview && !preview.erasable ? "Record the request" : "Erase now"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export const DryRunSummary = ({ preview }: { preview: ErasureDryRun }) => (
  <div className="flex flex-col gap-y-3">
    {preview.blocked.length > 0 && (
      <div className="rounded-md bg-ui-tag-orange-bg px-3 py-2">
        <Text size="small" weight="plus">On hold until settled</Text>
        {preview.blocked.map((hold) => (
          <Text size="small" key={`${hold.order_id}-${hold.hold}`}>
            {hold.order_id ? `Order #${hold.display_id ?? hold.order_id}: ${humanize(hold.hold)}` : "Processing restricted (GDPR Art. 18) until lifted"}
          </Text>
        ))}
      </div>
    )}
    <div>
      <Text size="small" weight="plus">Erased</Text>
      {preview.erase.map((row) => (
        <Text size="small" className="text-ui-fg-subtle" key={row.table}>
          {row.table}: {row.action === "delete" ? `${row.rows} row(s) deleted` : `${row.columns.join(", ")} cleared in ${row.rows} row(s)`}
        </Text>
      ))}
    </div>
    <div>
      <Text size="small" weight="plus">Kept</Text>
      {preview.keep.map((row) => (
        <Text size="small" className="text-ui-fg-subtle" key={row.table}>
          {row.table}: {row.columns.map((column) => column.column).join(", ")}
          {row.columns[0]?.until ? ` (until ${row.columns[0].until})` : ` (${typeof row.columns[0]?.retention === "string" ? humanize(row.columns[0].retention as string) : "fixed period"})`}
        </Text>
      ))}
      {preview.bookkeeping.map((order) => (
        <Text size="small" className="text-ui-fg-subtle" key={order.order_id}>
          Order #{order.display_id ?? order.order_id}: buyer details kept as accounting material until {order.kept_until}
        </Text>
      ))}
    </div>
  </div>
)
