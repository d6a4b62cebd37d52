import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = Parameters<PrivacyModuleService["requestExport"]>[0]

/** Records the request, within the daily limit; compensation removes a record nothing will build. */
export const requestExportStep = createStep(
  "request-privacy-export",
  async (input: Input, { container }) => {
    const result = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).requestExport(input)
    return new StepResponse(result, result.limited ? null : result.export.id)
  },
  async (exportId, { container }) => {
    if (!exportId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).softDeletePrivacyExports(exportId)
  }
)
