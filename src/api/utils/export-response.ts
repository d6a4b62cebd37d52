import type PrivacyModuleService from "../../modules/privacy/service"

type ExportRow = Awaited<ReturnType<PrivacyModuleService["retrievePrivacyExport"]>>

/**
 * An export as the API shows it. The download link appears only while the
 * file is offered, and only to the customer: staff download through their own
 * route (`.../exports/:export_id/download`), as the link would let them act as
 * the customer. Customers see that a build failed, staff also see why.
 */
export function exportResponse(privacy: PrivacyModuleService, row: ExportRow, { forStaff = false } = {}) {
  const offered = row.status === "ready" && row.expires_at && new Date(row.expires_at).getTime() > Date.now()
  return {
    id: row.id,
    status: offered || row.status !== "ready" ? row.status : "expired",
    requested_by: row.requested_by,
    verification: row.verification,
    language: row.language,
    created_at: row.created_at,
    ready_at: row.ready_at,
    expires_at: row.expires_at,
    file_size: row.file_size,
    download_url: offered && !forStaff ? privacy.exportDownloadUrl(row.id, new Date(row.expires_at!)) : null,
    ...(forStaff
      ? {
          note: row.note,
          actor_type: row.actor_type,
          actor_id: row.actor_id,
          attempts: row.attempts,
          failure_reason: row.failure_reason,
          download_count: row.download_count,
          last_downloaded_at: row.last_downloaded_at,
        }
      : {}),
  }
}
