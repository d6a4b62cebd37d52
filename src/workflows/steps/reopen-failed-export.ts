import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

export const reopenFailedExportStep = createStep(
  "reopen-failed-privacy-export",
  async ({ export_id, customer_id }: { export_id: string; customer_id: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const [request] = await privacy.listPrivacyExports({ id: export_id, customer_id })
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export with id '${export_id}' was not found`)
    }
    if (request.status !== "failed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only a failed export can be retried; this one is ${request.status}`)
    }
    const reopened = await privacy.updatePrivacyExports({ id: export_id, status: "pending" })
    return new StepResponse(reopened, export_id)
  },
  async (exportId, { container }) => {
    if (!exportId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyExports({ id: exportId, status: "failed" })
  }
)
