import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { keysetPages } from "../paging"
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
  async *records({ container, customer_id, pageSize }) {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const pages = keysetPages(
      (after: string | undefined) =>
        privacy.listPrivacyExports(after ? { customer_id, id: { $gt: after } } : { customer_id }, {
          select: [...COLUMNS],
          order: { id: "ASC" },
          take: pageSize,
        }),
      (request) => request.id,
      pageSize
    )
    for await (const requests of pages) {
      yield* requests.map((request) => pick(request as Record<string, unknown>, COLUMNS))
    }
  },
  csv: [{ name: "privacy_exports", columns: COLUMNS, rows: (record) => [record] }],
})
