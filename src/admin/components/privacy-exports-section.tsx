import { Button, StatusBadge, Text, toast } from "@medusajs/ui"
import { useCustomerExports, useRetryExport } from "../hooks/exports"
import { downloadFromAdmin } from "../lib/download"
import { formatDateTime, humanize } from "../lib/format"
import type { ExportStatus, PrivacyExport } from "../lib/types"
import { RequestExportDrawer } from "./request-export-drawer"

const STATUS_COLORS: Record<ExportStatus, "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  building: "orange",
  ready: "green",
  failed: "red",
  expired: "grey",
}

function formatSize(bytes: number | null): string {
  if (!bytes) {
    return ""
  }
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

type Props = { customerId: string; languages: string[]; defaultLanguage: string }

/** The customer's copies of their data (GDPR Art. 15, 20): request one for them, follow its build, download it. */
export const PrivacyExportsSection = ({ customerId, languages, defaultLanguage }: Props) => {
  const { data, error } = useCustomerExports(customerId)
  const retry = useRetryExport(customerId)
  const exports = data?.exports ?? []

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">Data exports</Text>
        <RequestExportDrawer customerId={customerId} languages={languages} defaultLanguage={defaultLanguage} />
      </div>
      {error && <Text size="small" className="text-ui-fg-error">{error.message}</Text>}
      {data && exports.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">No copy of this customer's data has been asked for.</Text>
      )}
      {exports.slice(0, 5).map((row) => (
        <ExportRow
          key={row.id}
          customerId={customerId}
          row={row}
          retrying={retry.isPending}
          onRetry={() =>
            retry.mutate(row.id, {
              onSuccess: () => toast.success("Building the export again"),
              onError: (failure) => toast.error(failure.message),
            })
          }
        />
      ))}
    </div>
  )
}

type RowProps = { customerId: string; row: PrivacyExport; retrying: boolean; onRetry: () => void }

const ExportRow = ({ customerId, row, retrying, onRetry }: RowProps) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex items-center justify-between gap-x-2">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatDateTime(row.created_at)} · {row.requested_by === "staff" ? `staff (${humanize(row.verification)})` : "customer"}
      </Text>
      <StatusBadge color={STATUS_COLORS[row.status]}>{humanize(row.status)}</StatusBadge>
    </div>
    {row.status === "ready" && (
      <Text size="xsmall">
        <button
          type="button"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          onClick={() =>
            downloadFromAdmin(`/admin/customers/${customerId}/privacy/exports/${row.id}/download`, "privacy-export.zip").catch(
              (error: Error) => toast.error(error.message)
            )
          }
        >
          Download ZIP {formatSize(row.file_size)}
        </button>
        <span className="text-ui-fg-subtle"> · available until {formatDateTime(row.expires_at)}</span>
      </Text>
    )}
    {row.status === "failed" && (
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-error">{row.failure_reason ?? "The build failed"}</Text>
        <Button variant="transparent" size="small" onClick={onRetry} disabled={retrying} isLoading={retrying}>
          Retry
        </Button>
      </div>
    )}
    {row.note && <Text size="xsmall" className="text-ui-fg-subtle">{row.note}</Text>}
  </div>
)
