import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRequestAction } from "../hooks/requests"
import type { ErasureDryRun } from "../lib/types"
import { DryRunSummary } from "./erase-customer-drawer"

/**
 * Erasure for a request (Art. 17): the dry run is shown first; only an
 * officer then erases, and what the law keeps is linked with the request.
 */
export const RequestEraseDrawer = ({ requestId, isOfficer }: { requestId: string; isOfficer: boolean }) => {
  const [open, setOpen] = useState(false)
  const dryRun = useRequestAction<{ dry_run: ErasureDryRun }>(requestId, "erase")
  const erase = useRequestAction<{ erasure: { status: string } | null }>(requestId, "erase")
  const preview = dryRun.data?.dry_run

  const execute = () =>
    erase.mutate(
      { dry_run: false },
      {
        onSuccess: () => {
          toast.success("Erased", { description: "What the law keeps is listed on the request." })
          setOpen(false)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) dryRun.mutate({ dry_run: true }, { onError: (error) => toast.error(error.message) })
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="danger">Erase</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Erase for this request</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {dryRun.isPending && <Text size="small">Working out what would be erased…</Text>}
          {dryRun.error && <Text size="small" className="text-ui-fg-error">{dryRun.error.message}</Text>}
          {preview && <DryRunSummary preview={preview} />}
          {!isOfficer && <Text size="small" className="text-ui-fg-subtle">Erasing needs the privacy_officer role; this is what it would do.</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </Drawer.Close>
          {isOfficer && (
            <Button size="small" variant="danger" disabled={!preview || !preview.erasable} isLoading={erase.isPending} onClick={execute}>
              Erase now
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
