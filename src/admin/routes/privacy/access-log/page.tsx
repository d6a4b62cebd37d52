import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { AccessLogTable } from "../../../components/access-log-table"
import { ACCESS_ACTIONS, useAccessLog, useAccessLogCheck, type AccessLogFilters } from "../../../hooks/access-log"
import { useMyPrivacyRole, useStaffUsers } from "../../../hooks/staff"
import { formatDateTime, humanize } from "../../../lib/format"

const ANY = "any"

const BREAKS: Record<string, string> = {
  changed: "was changed after it was written",
  not_linked: "does not follow the entry before it",
  missing_before: "follows a removed entry",
}

/** Privacy → Access log: who reached which customer's data, when and why; officers only. */
const AccessLogPage = () => {
  const { isOfficer, isLoading } = useMyPrivacyRole()
  const users = useStaffUsers()
  // The customer's widget links here with its customer chosen.
  const [params] = useSearchParams()
  const [filters, setFilters] = useState<AccessLogFilters>(() => ({ customer_id: params.get("customer_id") ?? undefined }))
  const log = useAccessLog(filters, 50, isOfficer)
  const check = useAccessLogCheck()
  const set = (key: keyof AccessLogFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value === ANY ? undefined : value }))
  // A day picked is the start of that day where the staff member is.
  const day = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : undefined)

  if (!isLoading && !isOfficer) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h1">Access log</Heading>
        <Text size="small" className="text-ui-fg-subtle">Reading the access log needs the privacy_officer role.</Text>
      </Container>
    )
  }
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Access log</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every read, export, download, correction, erasure and consent record of a customer's data by staff, API keys and
            download links. Entries cannot be changed; the check recomputes the chain of hashes that links them.
          </Text>
          {check.data && (
            <Text size="small" className={check.data.ok ? "text-ui-fg-subtle" : "text-ui-fg-error"} data-testid="access-log-check">
              {check.data.ok
                ? `Chain intact: ${check.data.checked} entries checked${check.data.starts_after ? ` from entry ${check.data.starts_after + 1} (older ones were deleted by retention)` : ""}, ${formatDateTime(check.data.checked_at)}.`
                : `Chain broken at entry ${check.data.broken!.seq}: it ${BREAKS[check.data.broken!.reason]}.`}
            </Text>
          )}
          {check.error && <Text size="small" className="text-ui-fg-error">{check.error.message}</Text>}
        </div>
        <Button size="small" variant="secondary" isLoading={check.isFetching} onClick={() => check.refetch()}>Check the chain</Button>
      </Container>

      <Container className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-5">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="access-actor" size="small">Who</Label>
          <Select value={filters.actor_id ?? ANY} onValueChange={set("actor_id")}>
            <Select.Trigger id="access-actor" aria-label="Who"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>Anyone</Select.Item>
              {users.data?.users.map((user) => <Select.Item key={user.id} value={user.id}>{user.email}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="access-customer" size="small">Customer id</Label>
          <Input id="access-customer" size="small" placeholder="cus_…" value={filters.customer_id ?? ""} onChange={(event) => set("customer_id")(event.target.value.trim())} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="access-action" size="small">Action</Label>
          <Select value={filters.action ?? ANY} onValueChange={set("action")}>
            <Select.Trigger id="access-action" aria-label="Action"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>Any action</Select.Item>
              {ACCESS_ACTIONS.map((action) => <Select.Item key={action} value={action}>{humanize(action)}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="access-from" size="small">From (day)</Label>
          <Input id="access-from" size="small" type="date" onChange={(event) => setFilters((current) => ({ ...current, from: day(event.target.value) }))} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="access-to" size="small">Before (day)</Label>
          <Input id="access-to" size="small" type="date" onChange={(event) => setFilters((current) => ({ ...current, to: day(event.target.value) }))} />
        </div>
      </Container>

      <Container className="p-0">
        {log.error && <Text size="small" className="text-ui-fg-error px-6 py-4">{log.error.message}</Text>}
        <AccessLogTable entries={entries} hasMore={Boolean(log.hasNextPage)} loadingMore={log.isFetchingNextPage} onMore={() => log.fetchNextPage()} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Access log" })

export default AccessLogPage
