import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { RetentionRunFailures, runProblems } from "../../../components/retention-run-failures"
import { Link } from "react-router-dom"
import { useRetentionPreview, useRetentionRuns, useStartRetentionRun } from "../../../hooks/retention"
import { useMyPrivacyRole } from "../../../hooks/staff"
import { formatDateTime, humanize } from "../../../lib/format"
import type { RetentionRun } from "../../../lib/types"

const RUN_COLORS: Record<RetentionRun["status"], "green" | "orange" | "red" | "grey" | "blue"> = {
  queued: "blue",
  running: "orange",
  completed: "green",
  failed: "red",
  skipped: "grey",
  interrupted: "red",
}

/** Privacy → Retention: who the next run erases and why, and the reports of past runs. */
const RetentionPage = () => {
  const preview = useRetentionPreview()
  const runs = useRetentionRuns()
  const start = useStartRetentionRun()
  const { isOfficer } = useMyPrivacyRole()
  const active = runs.data?.runs.find((run) => run.status === "queued" || run.status === "running")
  const latest = runs.data?.runs.find((run) => run.status !== "queued" && run.status !== "running")
  const problems = latest ? runProblems(latest) : []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Retention</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Data is kept while the customer relationship lasts, bookkeeping material as long as the law says. A run
            happens every night; start one now if you need to.
          </Text>
        </div>
        <Button
          size="small"
          isLoading={start.isPending}
          disabled={Boolean(active) || !isOfficer}
          title={isOfficer ? undefined : "Needs the privacy_officer role"}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: () => toast.success("Retention run queued; a worker starts it shortly"),
              onError: (error) => toast.error(error.message),
            })
          }
        >
          {active ? (active.status === "queued" ? "Queued…" : "Running…") : "Run now"}
        </Button>
      </Container>

      {latest && problems.length > 0 && (
        <Container className="flex flex-col gap-y-1 px-6 py-4">
          <Heading level="h2">Last run ({formatDateTime(latest.started_at)}) needs attention</Heading>
          {problems.map((problem) => (
            <Text key={problem} size="small" className="text-ui-fg-error">{problem}</Text>
          ))}
        </Container>
      )}

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Next run</Heading>
          {preview.error && <Text size="small" className="text-ui-fg-error">{preview.error.message}</Text>}
          {preview.data && (
            <Text size="small" className="text-ui-fg-subtle">
              {preview.data.customers.length} customer(s) to erase, {preview.data.warnings.length} to warn,{" "}
              {preview.data.bookkeeping_releases.length} order(s) whose bookkeeping period has ended.
            </Text>
          )}
        </div>
        {preview.data && preview.data.customers.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Customer number</Table.HeaderCell>
                <Table.HeaderCell>Why</Table.HeaderCell>
                <Table.HeaderCell>Held by</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {preview.data.customers.map((row) => (
                <Table.Row key={row.customer_id}>
                  <Table.Cell>
                    <Link to={`/customers/${row.customer_id}`} className="text-ui-fg-interactive">{row.customer_number ?? row.customer_id}</Link>
                  </Table.Cell>
                  <Table.Cell>{humanize(row.reason)}</Table.Cell>
                  <Table.Cell>{row.holds.length ? row.holds.map((hold) => humanize(hold.hold)).join(", ") : "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Runs</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Started</Table.HeaderCell>
              <Table.HeaderCell>Trigger</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Erased</Table.HeaderCell>
              <Table.HeaderCell>Held</Table.HeaderCell>
              <Table.HeaderCell>Warned</Table.HeaderCell>
              <Table.HeaderCell>Orders released</Table.HeaderCell>
              <Table.HeaderCell>Failures</Table.HeaderCell>
              <Table.HeaderCell>Duration</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {runs.data?.runs.map((run) => (
              <Table.Row key={run.id}>
                <Table.Cell>{formatDateTime(run.started_at)}</Table.Cell>
                <Table.Cell>{humanize(run.trigger)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={RUN_COLORS[run.status]}>{humanize(run.status)}</StatusBadge>
                  {run.reason && run.status !== "completed" && (
                    <Text size="xsmall" className="text-ui-fg-subtle" title={run.reason.message}>{humanize(run.reason.code)}</Text>
                  )}
                </Table.Cell>
                <Table.Cell>{run.counts?.erased ?? 0}</Table.Cell>
                <Table.Cell>{run.counts?.blocked ?? 0}</Table.Cell>
                <Table.Cell>
                  {run.counts?.warned ?? 0}
                  {run.counts?.warnings_failed ? <span className="text-ui-fg-error"> ({run.counts.warnings_failed} failed)</span> : null}
                </Table.Cell>
                <Table.Cell>{run.counts?.orders_released ?? 0}</Table.Cell>
                <Table.Cell><RetentionRunFailures run={run} /></Table.Cell>
                <Table.Cell>{run.duration_ms === null ? "-" : `${(run.duration_ms / 1000).toFixed(1)} s`}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Retention" })

export default RetentionPage
