import { Text } from "@medusajs/ui"
import { useCustomerDisclosures } from "../hooks/recipients"
import { useMyPrivacyRole } from "../hooks/staff"
import { formatDate } from "../lib/format"
import { categoriesLabel, occasionLabel } from "../lib/recipients"
import { RecordDisclosureDrawer } from "./record-disclosure-drawer"

/** What of the customer's data went to whom and when (GDPR Art. 15(1)(c)), for privacy staff. */
export const PrivacyDisclosuresSection = ({ customerId }: { customerId: string }) => {
  const { role } = useMyPrivacyRole()
  const { data, error } = useCustomerDisclosures(customerId, role !== null)
  if (role === null) {
    return null
  }
  const rows = data?.disclosures ?? []
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="privacy-disclosures-section">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">Disclosures</Text>
        <RecordDisclosureDrawer customerId={customerId} />
      </div>
      {error && <Text size="small" className="text-ui-fg-error">{error.message}</Text>}
      {data && rows.length === 0 && <Text size="small" className="text-ui-fg-subtle">Nothing disclosed to recipients yet.</Text>}
      {rows.map((disclosure) => (
        <div key={disclosure.id} className="flex flex-col" data-testid="customer-disclosure-row">
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small">{disclosure.recipient_name}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">{formatDate(disclosure.disclosed_at)}</Text>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {occasionLabel(disclosure.occasion)}: {categoriesLabel(disclosure.data_categories)}
            {disclosure.reference ? ` (${disclosure.reference})` : ""}
          </Text>
        </div>
      ))}
    </div>
  )
}
