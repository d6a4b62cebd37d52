import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Label, Select, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { RecipientDisclosuresDrawer } from "../../../components/recipient-disclosures-drawer"
import { RecipientTasksTable } from "../../../components/recipient-tasks-table"
import { RecipientsTable } from "../../../components/recipients-table"
import { useRecipients, useRecipientTasks } from "../../../hooks/recipients"
import { useMyPrivacyRole } from "../../../hooks/staff"
import type { PrivacyRecipient, RecipientTaskStatus } from "../../../lib/recipient-types"

const TASKS_PAGE = 50
const STATUS_LABELS: Record<RecipientTaskStatus, string> = { open: "Open", done: "Done", not_required: "Not required" }

/** Privacy → Recipients: who receives customers' data, what went to each, and whom to tell about erasures and corrections. */
const RecipientsPage = () => {
  const { role } = useMyPrivacyRole()
  const { data, error } = useRecipients()
  const openTasks = useRecipientTasks({ status: "open" }, 1, 0, role !== null)
  const [opened, setOpened] = useState<PrivacyRecipient | null>(null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Recipients</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Everyone the shop hands customers' data to, as the privacy notice names them (GDPR Art. 13(1)(e)), with what was disclosed to
          each. {data && (data.transfers_outside_eea ? "Transfers outside the EU/EEA are allowed, each on its basis." : "No transfers outside the EU/EEA are allowed.")}
        </Text>
      </Container>
      <Tabs defaultValue="register">
        <Tabs.List>
          <Tabs.Trigger value="register">Register</Tabs.Trigger>
          <Tabs.Trigger value="tasks">
            Tell recipients about changes
            {openTasks.data && openTasks.data.count > 0 && <Badge size="2xsmall" color="orange" className="ml-2">{openTasks.data.count}</Badge>}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="register" className="mt-3">
          <Container className="p-0">
            {error && <Text size="small" className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
            {data && <RecipientsTable recipients={data.recipients} onOpen={setOpened} />}
          </Container>
        </Tabs.Content>
        <Tabs.Content value="tasks" className="mt-3">
          <TasksPanel />
        </Tabs.Content>
      </Tabs>
      <RecipientDisclosuresDrawer recipient={opened} onClose={() => setOpened(null)} />
    </div>
  )
}

/** GDPR Art. 19: each recipient that received a customer's data is told of its erasure, rectification or restriction. */
const TasksPanel = () => {
  const { role, isOfficer, isLoading } = useMyPrivacyRole()
  const [status, setStatus] = useState<RecipientTaskStatus>("open")
  const [pageIndex, setPageIndex] = useState(0)
  const tasks = useRecipientTasks({ status }, TASKS_PAGE, pageIndex * TASKS_PAGE, role !== null)
  const count = tasks.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / TASKS_PAGE))

  if (!isLoading && role === null) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">The tasks need the privacy_agent role.</Text>
      </Container>
    )
  }
  return (
    <Container className="p-0">
      <div className="flex flex-wrap items-end justify-between gap-3 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle max-w-2xl">
          Recipients that received a customer's data are told when it is erased, corrected or restricted, unless that proves impossible or
          involves disproportionate effort (GDPR Art. 19).{isOfficer ? "" : " Only a privacy officer closes these."}
        </Text>
        <div className="flex flex-col gap-y-1" style={{ minWidth: 180 }}>
          <Label htmlFor="recipient-tasks-status" size="small">Status</Label>
          <Select value={status} onValueChange={(value) => { setStatus(value as RecipientTaskStatus); setPageIndex(0) }}>
            <Select.Trigger id="recipient-tasks-status" aria-label="Status"><Select.Value /></Select.Trigger>
            <Select.Content>
              {(Object.keys(STATUS_LABELS) as RecipientTaskStatus[]).map((value) => <Select.Item key={value} value={value}>{STATUS_LABELS[value]}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
      </div>
      {tasks.error && <Text size="small" className="text-ui-fg-error px-6 py-4">{tasks.error.message}</Text>}
      {tasks.data && <RecipientTasksTable tasks={tasks.data.tasks} isOfficer={isOfficer} />}
      {count > TASKS_PAGE && (
        <Table.Pagination
          count={count}
          pageSize={TASKS_PAGE}
          pageIndex={pageIndex}
          pageCount={pageCount}
          canPreviousPage={pageIndex > 0}
          canNextPage={pageIndex + 1 < pageCount}
          previousPage={() => setPageIndex((index) => Math.max(0, index - 1))}
          nextPage={() => setPageIndex((index) => index + 1)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Recipients" })

export default RecipientsPage
