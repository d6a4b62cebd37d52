import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { NewProfileInput } from "../../modules/privacy/service"

export const createPrivacyProfilesStepId = "create-privacy-profiles"

/** Creates the profiles that are missing; compensation removes only those it created. */
export const createPrivacyProfilesStep = createStep(
  createPrivacyProfilesStepId,
  async (input: NewProfileInput[], { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const created = await privacy.createMissingProfiles(input)
    return new StepResponse(
      created,
      created.map((profile) => profile.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    await privacy.deletePrivacyProfiles(createdIds)
  }
)
