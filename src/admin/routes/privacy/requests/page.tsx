import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Checkbox, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { RecordRequestDrawer } from "../../../components/record-request-drawer"
import { RequestStatsRow } from "../../../components/request-stats"
import { RequestsTable } from "../../../components/requests-table"
import { useRequestStats, useRequests } from "../../../hooks/requests"
import { useMyPrivacyRole } from "../../../hooks/staff"
import { humanize } from "../../../lib/format"
import {
  REQUEST_CHANNELS,
  REQUEST_RIGHTS,
  REQUEST_STATUSES,
  requestChannelLabel,
  requestStatusLabel,
  type RequestChannel,
  type RequestFilters,
  type RequestRight,
  type RequestStatus,
} from "../../../lib/requests"

const ANY = "any"
const OPEN = "open"

/** Privacy → Requests: the register of data subject requests with their deadlines. */
const RequestsPage = () => {
  const { role, isLoading } = useMyPrivacyRole()
  const [filters, setFilters] = useState<RequestFilters>({ open: true })
  const requests = useRequests(filters, 50, role !== null)
  const stats = useRequestStats(role !== null)

  if (!isLoading && role === null) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h1">Requests</Heading>
        <Text size="small" className="text-ui-fg-subtle">Data subject requests need the privacy_agent role.</Text>
      </Container>
    )
  }
  const statusValue = filters.status ?? (filters.open ? OPEN : ANY)
  const setStatus = (value: string) =>
    setFilters(({ status: _status, open: _open, ...rest }) =>
      value === OPEN ? { ...rest, open: true } : value === ANY ? rest : { ...rest, status: value as RequestStatus }
    )
  const rows = requests.data?.pages.flatMap((page) => page.requests) ?? []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Requests</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Requests to see, take away, correct, erase or restrict personal data, and objections. Each is answered within one month
            of receipt; the deadline can be extended once, by two more months, when told before the first due date.
          </Text>
        </div>
        <div className="shrink-0">
          <RecordRequestDrawer />
        </div>
      </Container>

      {stats.data && <RequestStatsRow stats={stats.data} />}

      <Container className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="flex flex-1 flex-col gap-y-1" style={{ minWidth: 180 }}>
          <Label htmlFor="requests-status" size="small">Status</Label>
          <Select value={statusValue} onValueChange={setStatus}>
            <Select.Trigger id="requests-status" aria-label="Status"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={OPEN}>Open</Select.Item>
              <Select.Item value={ANY}>All</Select.Item>
              {REQUEST_STATUSES.map((status) => <Select.Item key={status} value={status}>{requestStatusLabel(status)}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-1 flex-col gap-y-1" style={{ minWidth: 180 }}>
          <Label htmlFor="requests-right" size="small">Right</Label>
          <Select value={filters.right ?? ANY} onValueChange={(value) => setFilters((current) => ({ ...current, right: value === ANY ? undefined : (value as RequestRight) }))}>
            <Select.Trigger id="requests-right" aria-label="Right"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>Any right</Select.Item>
              {REQUEST_RIGHTS.map((right) => <Select.Item key={right} value={right}>{humanize(right)}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-1 flex-col gap-y-1" style={{ minWidth: 180 }}>
          <Label htmlFor="requests-channel" size="small">Channel</Label>
          <Select value={filters.channel ?? ANY} onValueChange={(value) => setFilters((current) => ({ ...current, channel: value === ANY ? undefined : (value as RequestChannel) }))}>
            <Select.Trigger id="requests-channel" aria-label="Channel"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>Any channel</Select.Item>
              {REQUEST_CHANNELS.map((channel) => <Select.Item key={channel} value={channel}>{requestChannelLabel(channel)}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
        <div className="flex items-center gap-x-2 pb-2">
          <Checkbox
            id="requests-overdue"
            checked={Boolean(filters.overdue)}
            onCheckedChange={(value) => setFilters((current) => ({ ...current, overdue: value === true || undefined }))}
          />
          <Label htmlFor="requests-overdue" size="small">Overdue only</Label>
        </div>
      </Container>

      <Container className="p-0">
        {requests.error && <Text size="small" className="text-ui-fg-error px-6 py-4">{requests.error.message}</Text>}
        <RequestsTable requests={rows} hasMore={Boolean(requests.hasNextPage)} loadingMore={requests.isFetchingNextPage} onMore={() => requests.fetchNextPage()} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Requests" })

export default RequestsPage
