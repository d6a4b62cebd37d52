import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { CoverageBadge } from "../../../components/coverage-badge"
import { DataMapTable } from "../../../components/data-map-table"
import { ProcessingRecord } from "../../../components/processing-record"
import { useDataMap } from "../../../hooks/data-map"

const DataMapPage = () => {
  const { data, isLoading, error } = useDataMap()
  const gaps = data ? [...data.coverage.unmapped.map((c) => `${c.table}.${c.column}`), ...data.coverage.stale.map((e) => `${e.id} (no such column)`)] : []

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Data map</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Every place that holds customers' personal data: why, on what legal basis, for how long, and what erasure does.
            </Text>
          </div>
          {data && <CoverageBadge coverage={data.coverage} />}
        </div>
        {isLoading && <Text className="px-6 py-4">Loading…</Text>}
        {error && <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text>}
        {gaps.length > 0 && (
          <div className="bg-ui-bg-subtle px-6 py-4">
            <Text size="small" weight="plus">
              These columns can hold personal data but are not in the map. Map them (option dataMap.entries) or declare them not personal (dataMap.notPersonal):
            </Text>
            <ul className="mt-2 list-disc pl-6">
              {gaps.map((gap) => (
                <li key={gap}>
                  <Text size="small" className="font-mono">{gap}</Text>
                </li>
              ))}
            </ul>
          </div>
        )}
        {data && <DataMapTable entries={data.data_map.entries} />}
      </Container>
      <ProcessingRecord />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Data map" })

export default DataMapPage
