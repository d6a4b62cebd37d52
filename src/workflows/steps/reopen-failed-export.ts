import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/** failed → pending, atomically: a retry sent twice starts one build. */
export const reopenFailedExportStep = createStep(
  "reopen-failed-privacy-export",
  async ({ export_id, customer_id }: { export_id: string; customer_id: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const reopened = await privacy.reopenFailedExport(export_id, customer_id)
    if (!reopened) {
      const [request] = await privacy.listPrivacyExports({ id: export_id, customer_id })
      if (!request) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export with id '${export_id}' was not found`)
      }
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only a failed export can be retried; this one is ${request.status}`)
    }
    return new StepResponse(reopened, export_id)
  },
  async (exportId, { container }) => {
    if (!exportId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).unreopenExport(exportId)
  }
)
