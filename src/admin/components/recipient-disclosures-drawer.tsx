import { Drawer, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { useRecipientDisclosures } from "../hooks/recipients"
import { formatDate } from "../lib/format"
import { categoriesLabel, occasionLabel, recipientRoleLabel } from "../lib/recipients"
import type { PrivacyRecipient } from "../lib/recipient-types"
import { actorLabel, DisclosureSource } from "./disclosure-source"

const PAGE_SIZE = 20

/** What the shop has handed to one recipient, newest first (the record GDPR Art. 15(1)(c) and 19 answer from). */
export const RecipientDisclosuresDrawer = ({ recipient, onClose }: { recipient: PrivacyRecipient | null; onClose: () => void }) => {
  const [pageIndex, setPageIndex] = useState(0)
  useEffect(() => setPageIndex(0), [recipient?.id])
  const { data, error, isLoading } = useRecipientDisclosures(recipient?.id ?? null, PAGE_SIZE, pageIndex * PAGE_SIZE)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Drawer open={recipient !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>{recipient ? `Disclosures to ${recipient.name}` : "Disclosures"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          {recipient && (
            <div className="flex flex-col gap-y-1 px-6 pt-4">
              <Text size="small">{recipientRoleLabel(recipient.role)}: {recipient.purpose}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">Receives: {categoriesLabel(recipient.data_categories)}</Text>
            </div>
          )}
          {error && <Text size="small" className="text-ui-fg-error px-6">{error.message}</Text>}
          {isLoading && <Text size="small" className="px-6">Loading…</Text>}
          {data && (
            <>
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Date</Table.HeaderCell>
                    <Table.HeaderCell>Occasion</Table.HeaderCell>
                    <Table.HeaderCell>Data categories</Table.HeaderCell>
                    <Table.HeaderCell>Order / source</Table.HeaderCell>
                    <Table.HeaderCell>Customer</Table.HeaderCell>
                    <Table.HeaderCell>By</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.disclosures.map((disclosure) => (
                    <Table.Row key={disclosure.id} data-testid="recipient-disclosure-row">
                      <Table.Cell>{formatDate(disclosure.disclosed_at)}</Table.Cell>
                      <Table.Cell>{occasionLabel(disclosure.occasion)}</Table.Cell>
                      <Table.Cell>{categoriesLabel(disclosure.data_categories)}</Table.Cell>
                      <Table.Cell><DisclosureSource disclosure={disclosure} /></Table.Cell>
                      <Table.Cell>
                        {disclosure.customer_id ? (
                          <Link to={`/customers/${disclosure.customer_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                            {disclosure.customer_id}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </Table.Cell>
                      <Table.Cell>{actorLabel(disclosure)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              {data.disclosures.length === 0 && <Text size="small" className="text-ui-fg-subtle px-6">Nothing disclosed to this recipient yet.</Text>}
              {count > PAGE_SIZE && (
                <Table.Pagination
                  count={count}
                  pageSize={PAGE_SIZE}
                  pageIndex={pageIndex}
                  pageCount={pageCount}
                  canPreviousPage={pageIndex > 0}
                  canNextPage={pageIndex + 1 < pageCount}
                  previousPage={() => setPageIndex((index) => Math.max(0, index - 1))}
                  nextPage={() => setPageIndex((index) => index + 1)}
                />
              )}
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
