import { StatusBadge, Text } from "@medusajs/ui"
import { useCustomerErasures } from "../hooks/erasure"
import { formatDateTime, humanize } from "../lib/format"
import type { ErasureRecord } from "../lib/types"
import { EraseCustomerDrawer } from "./erase-customer-drawer"

const STATUS_COLORS: Record<ErasureRecord["status"], "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  blocked: "orange",
  completed: "green",
  failed: "red",
}

/** Erasure requests of the customer and what holds them up; the button to erase on request. */
export const PrivacyErasureSection = ({ customerId }: { customerId: string }) => {
  const { data, error } = useCustomerErasures(customerId)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">Erasure</Text>
        <EraseCustomerDrawer customerId={customerId} />
      </div>
      {error && <Text size="small" className="text-ui-fg-error">{error.message}</Text>}
      {data && data.erasures.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">No erasure asked for. The customer can close their account themselves.</Text>
      )}
      {data?.erasures.slice(0, 3).map((row) => (
        <div key={row.id} className="flex flex-col gap-y-1">
          <div className="flex items-center justify-between">
            <Text size="small">{humanize(row.trigger)}, {formatDateTime(row.created_at)}</Text>
            <StatusBadge color={STATUS_COLORS[row.status]}>{humanize(row.status)}</StatusBadge>
          </div>
          {row.holds.map((hold) => (
            <Text size="small" className="text-ui-fg-subtle" key={`${hold.order_id}-${hold.hold}`}>
              {hold.order_id ? `Held by order #${hold.display_id ?? hold.order_id}: ${humanize(hold.hold)}` : "Held: processing restricted (GDPR Art. 18) until lifted"}
            </Text>
          ))}
          {row.failure_reason && <Text size="small" className="text-ui-fg-error">{row.failure_reason}</Text>}
        </div>
      ))}
    </div>
  )
}
