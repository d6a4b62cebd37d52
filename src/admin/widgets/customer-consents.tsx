import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { RecordConsentDrawer } from "../components/record-consent-drawer"
import { useCustomerConsents } from "../hooks/consents"
import { channelLabel, consentSourceLabel, formatDateTime, humanize } from "../lib/format"
import type { ConsentEvent, ConsentState } from "../lib/types"

function stateBadge(state: ConsentState) {
  if (state.granted) {
    return <StatusBadge color="green">Granted</StatusBadge>
  }
  return state.source ? <StatusBadge color="red">Withdrawn</StatusBadge> : <StatusBadge color="grey">Not given</StatusBadge>
}

function actorLabel(event: ConsentEvent) {
  if (event.actor_type === "user" || event.actor_type === "api-key") {
    return "staff"
  }
  return event.actor_type === "system" ? "system" : "customer"
}

const CustomerConsentsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, error } = useCustomerConsents(customer.id)
  const purposes = [...new Set(data?.consents.map((state) => state.purpose) ?? [])]

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Marketing consents</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The consent ledger: every grant and withdrawal, and who recorded it.
          </Text>
        </div>
        {data && <RecordConsentDrawer customerId={customer.id} purposes={purposes} />}
      </div>
      {isLoading && <Text size="small" className="px-6 py-4">Loading…</Text>}
      {error && <Text size="small" className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
      {purposes.map((purpose) => (
        <div key={purpose} className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">{humanize(purpose)}</Text>
          <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
            {data!.consents
              .filter((state) => state.purpose === purpose)
              .map((state) => (
                <div key={state.channel} className="flex flex-col gap-y-1">
                  <Text size="xsmall" className="text-ui-fg-subtle">{channelLabel(state.channel)}</Text>
                  {stateBadge(state)}
                </div>
              ))}
          </div>
        </div>
      ))}
      {data && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">History</Text>
          {data.history.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">No consent recorded yet.</Text>
          ) : (
            <ol className="flex flex-col gap-y-3">
              {data.history.map((event) => (
                <li key={event.id} className="flex flex-col gap-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge size="2xsmall" color={event.action === "granted" ? "green" : "red"}>
                      {event.action === "granted" ? "Granted" : "Withdrawn"}
                    </Badge>
                    <Text size="small">
                      {humanize(event.purpose)} · {channelLabel(event.channel)} · {consentSourceLabel(event.source)} · by {actorLabel(event)}
                    </Text>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDateTime(event.occurred_at)}
                    {event.notice_version ? ` · notice ${event.notice_version} (${event.notice_language})` : ""}
                  </Text>
                  {event.note && <Text size="xsmall" className="text-ui-fg-subtle whitespace-pre-line">{event.note}</Text>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerConsentsWidget
