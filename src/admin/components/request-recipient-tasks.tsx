import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useRecipientTasks } from "../hooks/recipients"
import { humanize } from "../lib/format"
import { changeLabel } from "../lib/recipients"
import type { RecipientTaskStatus } from "../lib/recipient-types"

const STATUS_COLORS: Record<RecipientTaskStatus, "orange" | "green" | "grey"> = { open: "orange", done: "green", not_required: "grey" }

/** The recipients this request's erasure, correction or restriction must be told of (GDPR Art. 19). */
export const RequestRecipientTasks = ({ requestId }: { requestId: string }) => {
  const { data, error } = useRecipientTasks({ request_id: requestId }, 50, 0)
  return (
    <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="request-recipient-tasks">
      <div className="flex items-center justify-between">
        <Heading level="h2">Recipients to tell</Heading>
        <Link to="/privacy/recipients" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">All recipients</Link>
      </div>
      {error && <Text size="small" className="text-ui-fg-error">{error.message}</Text>}
      {data && data.tasks.length === 0 && <Text size="small" className="text-ui-fg-subtle">No recipient to tell.</Text>}
      {data?.tasks.map((task) => (
        <div key={task.id} className="flex items-center justify-between gap-x-2" data-testid="request-recipient-task">
          <Text size="small">{task.recipient_name}: {changeLabel(task.change).toLowerCase()}</Text>
          <StatusBadge color={STATUS_COLORS[task.status]}>{humanize(task.status)}</StatusBadge>
        </div>
      ))}
    </Container>
  )
}
