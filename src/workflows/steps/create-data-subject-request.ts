import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { NewRequestInput } from "../../modules/privacy/services/data-subject-requests"

/** Records the request with its deadline; undone (soft-deleted) when a later step of the recording fails. */
export const createDataSubjectRequestStep = createStep(
  "create-privacy-request",
  async (input: NewRequestInput, { container }) => {
    const request = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).createRequest(input)
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).softDeleteDataSubjectRequests([id])
    }
  }
)
