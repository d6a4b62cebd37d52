import { Container, Heading, Text } from "@medusajs/ui"
import type { RequestStats } from "../lib/requests"

const share = (percent: number | null) => (percent === null ? "-" : `${Math.round(percent)} %`)

/** How well the shop keeps the deadlines (Art. 12(3)): shares of the last 12 months' closed requests, and what is open now. */
export const RequestStatsRow = ({ stats }: { stats: RequestStats }) => (
  <div className="flex flex-wrap gap-3" data-testid="request-stats">
    <Figure title="Answered within one month" value={share(stats.within_one_month_percent)} note={`${stats.within_one_month} of ${stats.closed} closed in the last 12 months`} />
    <Figure title="Answered within three months" value={share(stats.within_three_months_percent)} note={`${stats.within_three_months} of ${stats.closed} closed in the last 12 months`} />
    <Figure title="Open" value={String(stats.open)} note="Received, waiting for identity or in progress" />
    <Figure title="Overdue" value={String(stats.overdue)} note="Open past their due date" alert={stats.overdue > 0} />
  </div>
)

const Figure = ({ title, value, note, alert }: { title: string; value: string; note: string; alert?: boolean }) => (
  // Flex rather than responsive grid classes: the dashboard's stylesheet does not carry every breakpoint variant.
  <Container className="flex-1 px-6 py-4" style={{ minWidth: 200 }}>
    <Text size="small" className="text-ui-fg-subtle">{title}</Text>
    <Heading level="h2" className={alert ? "text-ui-fg-error" : undefined}>{value}</Heading>
    <Text size="xsmall" className="text-ui-fg-subtle">{note}</Text>
  </Container>
)
