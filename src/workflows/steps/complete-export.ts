import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BuiltArchive } from "../../export/build-archive"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/**
 * Offers the file: only now, with the whole archive stored, does the export
 * become ready, and only if this attempt still owns the build. Otherwise the
 * step fails and the archive step's compensation deletes this run's file.
 */
export const completeExportStep = createStep(
  "complete-privacy-export",
  async ({ export_id, attempt, archive }: { export_id: string; attempt: number; archive: BuiltArchive }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const readyAt = new Date()
    const expiresAt = new Date(readyAt.getTime() + privacy.getOptions().exports.linkExpiryDays * 86_400_000)
    const completed = await privacy.completeExportBuild({ id: export_id, attempt, ...archive, ready_at: readyAt, expires_at: expiresAt })
    if (!completed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Export ${export_id} is no longer being built by this run`)
    }
    return new StepResponse({ id: export_id, customer_id: completed.customer_id, expires_at: expiresAt }, { export_id, attempt })
  },
  async (done, { container }) => {
    if (!done) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).uncompleteExportBuild(done.export_id, done.attempt)
  }
)
