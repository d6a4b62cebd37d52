import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = Parameters<PrivacyModuleService["requestConsentConfirmation"]>[0]

/**
 * Stores the pending double opt-in; returns no token when a link was sent
 * moments ago. If the e-mail then fails, compensation removes the pending
 * record, so the next request sends a link instead of waiting out the pause.
 */
export const requestConsentConfirmationStep = createStep(
  "request-consent-confirmation",
  async (input: Input, { container }) => {
    const { token, confirmation_id, subject } = await container
      .resolve<PrivacyModuleService>(PRIVACY_MODULE)
      .requestConsentConfirmation(input)
    return new StepResponse({ token, subject_id: subject.id }, confirmation_id)
  },
  async (confirmationId, { container }) => {
    if (!confirmationId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).cancelConsentConfirmation(confirmationId)
  }
)
