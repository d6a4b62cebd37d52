import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CoverageBadge } from "../../components/coverage-badge"
import { SectionRow } from "../../components/section-row"
import { useDataMap, useProcessingRecord } from "../../hooks/data-map"

const PrivacyPage = () => {
  const { data: map } = useDataMap()
  const { data: record } = useProcessingRecord("en")
  const controller = record?.record.controller
  const contact = record?.record.contact_person

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Privacy</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The customer register as the privacy policy describes it.
          </Text>
        </div>
        <SectionRow title="Register" value={record?.record.register_name} />
        <SectionRow title="Controller" value={controller && `${controller.name}, ${controller.address}`} />
        <SectionRow title="Contact person" value={contact ? `${contact.name} <${contact.email}>` : controller?.email} />
        <SectionRow title="Purposes" value={record?.record.activities.map((a) => a.purpose_label).join("; ")} />
      </Container>
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Data map</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {map ? `${map.data_map.entries.length} mapped fields` : "…"}
          </Text>
        </div>
        <div className="flex items-center gap-x-3">
          {map && <CoverageBadge coverage={map.coverage} />}
          <Link to="/privacy/data-map" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
            Open
          </Link>
        </div>
      </Container>
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Retention</Heading>
          <Text size="small" className="text-ui-fg-subtle">Who the next run erases and why; reports of past runs.</Text>
        </div>
        <Link to="/privacy/retention" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          Open
        </Link>
      </Container>
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Access log</Heading>
          <Text size="small" className="text-ui-fg-subtle">Who among the staff reached which customer's data, when and why (officers).</Text>
        </div>
        <Link to="/privacy/access-log" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          Open
        </Link>
      </Container>
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Recipients</Heading>
          <Text size="small" className="text-ui-fg-subtle">Who receives customers' data, what went to each, and whom to tell about erasures and corrections.</Text>
        </div>
        <Link to="/privacy/recipients" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          Open
        </Link>
      </Container>
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Requests</Heading>
          <Text size="small" className="text-ui-fg-subtle">Requests to see, correct, erase or restrict data, with their deadlines.</Text>
        </div>
        <Link to="/privacy/requests" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          Open
        </Link>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Privacy", icon: ShieldCheck })

export default PrivacyPage
