import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = Parameters<PrivacyModuleService["requestConsentConfirmation"]>[0]

/** Stores the pending double opt-in; returns no token when a link was sent moments ago. */
export const requestConsentConfirmationStep = createStep(
  "request-consent-confirmation",
  async (input: Input, { container }) => {
    const { token, subject } = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).requestConsentConfirmation(input)
    return new StepResponse({ token, subject_id: subject.id })
  }
)
