import { Badge, Table, Text } from "@medusajs/ui"
import { humanize, isHttpUrl } from "../lib/format"
import { recipientRoleLabel, transferBasisLabel } from "../lib/recipients"
import type { PrivacyRecipient, ProviderKind } from "../lib/recipient-types"

const PROVIDER_KINDS: ProviderKind[] = ["fulfillment", "payment", "notification", "file"]

const providersOf = (recipient: PrivacyRecipient) =>
  PROVIDER_KINDS.flatMap((kind) => (recipient.providers[kind] ?? []).map((id) => `${kind}: ${id}`))

/** The recipient register; a recipient's name opens its disclosures. */
export const RecipientsTable = ({ recipients, onOpen }: { recipients: PrivacyRecipient[]; onOpen: (recipient: PrivacyRecipient) => void }) => (
  <>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Role</Table.HeaderCell>
          <Table.HeaderCell>Category</Table.HeaderCell>
          <Table.HeaderCell>Country</Table.HeaderCell>
          <Table.HeaderCell>Transfer basis</Table.HeaderCell>
          <Table.HeaderCell>Agreement</Table.HeaderCell>
          <Table.HeaderCell>Privacy notice</Table.HeaderCell>
          <Table.HeaderCell>Providers</Table.HeaderCell>
          <Table.HeaderCell>Disclosures</Table.HeaderCell>
          <Table.HeaderCell>Open tasks</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {recipients.map((recipient) => (
          <Table.Row key={recipient.id} data-testid="recipient-row">
            <Table.Cell>
              <div className="flex flex-col items-start gap-y-1 py-2">
                <button
                  type="button"
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small text-left"
                  onClick={() => onOpen(recipient)}
                >
                  {recipient.name}
                </button>
                {recipient.transfer_problem && (
                  <Badge size="2xsmall" color="red" className="whitespace-normal" data-testid="recipient-transfer-problem">
                    {recipient.transfer_problem}
                  </Badge>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>{recipientRoleLabel(recipient.role)}</Table.Cell>
            <Table.Cell>{humanize(recipient.category)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-1">
                <span>{recipient.international_organisation ?? recipient.country}</span>
                {recipient.outside_eea && <Badge size="2xsmall" color="orange">Outside EU/EEA</Badge>}
              </div>
            </Table.Cell>
            <Table.Cell>
              {recipient.transfer ? (
                <div className="flex flex-col">
                  <span>{transferBasisLabel(recipient.transfer.basis)}</span>
                  {recipient.transfer.decision && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {recipient.transfer.decision.act}
                      {recipient.transfer.decision.valid_until ? `, until ${recipient.transfer.decision.valid_until}` : ""}
                    </Text>
                  )}
                </div>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">{recipient.agreement_date ?? "—"}</Table.Cell>
            <Table.Cell>
              {recipient.privacy_notice_url && isHttpUrl(recipient.privacy_notice_url) ? (
                <a
                  href={recipient.privacy_notice_url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  aria-label={`Privacy notice of ${recipient.name}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  Open
                </a>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell>
              <Text size="xsmall" className="text-ui-fg-subtle">{providersOf(recipient).join(", ") || "—"}</Text>
            </Table.Cell>
            <Table.Cell data-testid="recipient-disclosures-count">{recipient.disclosures_count}</Table.Cell>
            <Table.Cell data-testid="recipient-open-tasks-count">
              {recipient.open_tasks_count > 0 ? <Badge size="2xsmall" color="orange">{recipient.open_tasks_count}</Badge> : 0}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {recipients.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6 py-4">No recipients in the register.</Text>}
  </>
)
