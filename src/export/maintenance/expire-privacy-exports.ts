import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export type ExpiryResult = { expired: number; failed: string[] }

/** Deletes an export's file, then marks it expired: never the other way round, so no file outlives its record. */
export async function retireExport(container: MedusaContainer, request: { id: string; file_key: string | null }) {
  if (request.file_key) {
    await container.resolve(Modules.FILE).deleteFiles(request.file_key)
  }
  await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyExports({ id: request.id, status: "expired", file_key: null })
}

/**
 * Deletes the files of exports whose link has expired and marks them expired.
 * One whose file cannot be deleted now stays ready (the download link refuses
 * it anyway) and is tried again next run. Each round re-reads what is still
 * due, minus those failures.
 */
export async function expirePrivacyExports(container: MedusaContainer, now = new Date()): Promise<ExpiryResult> {
  const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const result: ExpiryResult = { expired: 0, failed: [] }
  for (;;) {
    const due = await privacy.listPrivacyExports(
      { status: "ready", expires_at: { $lte: now }, ...(result.failed.length ? { id: { $nin: result.failed } } : {}) },
      { select: ["id", "file_key"], take: 100 }
    )
    if (!due.length) {
      return result
    }
    for (const request of due) {
      try {
        await retireExport(container, request)
        result.expired++
      } catch {
        result.failed.push(request.id)
      }
    }
  }
}
