import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useProcessingRecord } from "../hooks/data-map"
import { downloadFromAdmin } from "../lib/download"

const LANGUAGES = ["en", "nb", "fi", "sv"]

/** The Art. 30 record, one block per purpose, with CSV downloads. */
export const ProcessingRecord = () => {
  const { data, isLoading, error } = useProcessingRecord("en")
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Record of processing activities</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            GDPR Art. 30, generated from the same map and options as the privacy notice.
          </Text>
        </div>
        <div className="flex gap-x-2">
          {LANGUAGES.map((lang) => (
            <Button
              key={lang}
              variant="secondary"
              size="small"
              onClick={() =>
                downloadFromAdmin(`/admin/privacy/records?format=csv&lang=${lang}`, `record-of-processing-${lang}.csv`).catch(
                  (error: Error) => toast.error(error.message)
                )
              }
            >
              <ArrowDownTray /> CSV ({lang})
            </Button>
          ))}
        </div>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
      {data?.record.activities.map((activity) => (
        <div key={activity.purpose} className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-1 px-6 py-4">
          <Text size="small" weight="plus" className="col-span-2 first-letter:uppercase">
            {activity.purpose_label}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">Legal basis</Text>
          <Text size="small">{activity.legal_basis_label}</Text>
          {activity.legitimate_interest && (
            <>
              <Text size="small" className="text-ui-fg-subtle">Legitimate interest</Text>
              <Text size="small">{activity.legitimate_interest}</Text>
            </>
          )}
          <Text size="small" className="text-ui-fg-subtle">Data</Text>
          <Text size="small">{activity.data_items.join(", ")}</Text>
          <Text size="small" className="text-ui-fg-subtle">Recipients</Text>
          <Text size="small">{activity.recipients.join("; ")}</Text>
          <Text size="small" className="text-ui-fg-subtle">Outside the EU/EEA</Text>
          <Text size="small">{activity.transfers.length ? activity.transfers.join("; ") : "None"}</Text>
          <Text size="small" className="text-ui-fg-subtle">Erasure</Text>
          <Text size="small">{activity.erasure_time_limits.join(" ")}</Text>
        </div>
      ))}
    </Container>
  )
}
