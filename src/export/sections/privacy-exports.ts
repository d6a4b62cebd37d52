import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { defineSection, pick } from "../types"

const COLUMNS = [
  "id", "created_at", "status", "requested_by", "verification", "actor_type", "actor_id", "note", "language",
  "attempts", "failure_reason", "ready_at", "expires_at", "file_size", "checksum", "download_count", "last_downloaded_at",
] as const

/** The customer's requests for their data, this one included. */
export const privacyExportsSection = defineSection({
  key: "privacy_exports",
  many: true,
  tables: ["privacy_export"],
  async *records({ container, customer_id }) {
    const exports = await container
      .resolve<PrivacyModuleService>(PRIVACY_MODULE)
      .listPrivacyExports({ customer_id }, { select: [...COLUMNS], order: { created_at: "ASC" } })
    for (const request of exports) {
      yield pick(request as Record<string, unknown>, COLUMNS)
    }
  },
  csv: [{ name: "privacy_exports", columns: COLUMNS, rows: (record) => [record] }],
})
