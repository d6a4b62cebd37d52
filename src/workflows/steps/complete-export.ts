import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { BuiltArchive } from "../../export/build-archive"

/** Offers the file: only now, with the whole archive stored, does the export become ready. */
export const completeExportStep = createStep(
  "complete-privacy-export",
  async ({ export_id, archive }: { export_id: string; archive: BuiltArchive }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const readyAt = new Date()
    const expiresAt = new Date(readyAt.getTime() + privacy.getOptions().exports.linkExpiryDays * 86_400_000)
    const completed = await privacy.updatePrivacyExports({
      id: export_id,
      status: "ready",
      ...archive,
      ready_at: readyAt,
      expires_at: expiresAt,
    })
    return new StepResponse(completed, export_id)
  },
  async (exportId, { container }) => {
    if (!exportId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyExports({
      id: exportId,
      status: "building",
      file_key: null,
      file_size: null,
      checksum: null,
      ready_at: null,
      expires_at: null,
    })
  }
)
