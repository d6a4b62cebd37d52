import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { RequestActionInput } from "../../modules/privacy/requests/apply-action"

/**
 * Moves a request (verify, pause, resume, extend, complete, refuse,
 * withdraw, act, note). No compensation: the change is on the request's
 * timeline, and the steps after it only announce it.
 */
export const applyRequestActionStep = createStep("apply-privacy-request-action", async (input: { id: string; change: RequestActionInput }, { container }) => {
  const result = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).applyRequestAction(input.id, input.change)
  return new StepResponse(result)
})
