import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/** Marks an export as being built (one more attempt) and reads what the build needs; compensation gives it its old status back. */
export const startExportBuildStep = createStep(
  "start-privacy-export-build",
  async (exportId: string, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const request = await privacy.retrievePrivacyExport(exportId)
    if (request.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Export ${exportId} is ${request.status}, not pending`)
    }
    await privacy.updatePrivacyExports({ id: exportId, status: "building", attempts: request.attempts + 1, failure_reason: null })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["email", "privacy_profile.customer_number"],
      filters: { id: request.customer_id },
      withDeleted: true,
    })
    return new StepResponse(
      {
        request,
        customer: {
          email: (customer?.email as string | undefined) ?? null,
          customer_number:
            (customer as { privacy_profile?: { customer_number?: string } } | undefined)?.privacy_profile?.customer_number ?? null,
        },
      },
      // The attempt stays counted when the build fails: only the status goes back.
      { id: exportId, status: request.status }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyExports(previous)
  }
)
