import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = { customer_ids: string[]; at: Date }

/**
 * Moves the customers' last activity forward. Compensation puts back the old
 * value only on profiles this step moved and nobody has moved since.
 */
export const recordCustomerActivityStep = createStep(
  "record-customer-activity",
  async ({ customer_ids, at }: Input, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const moved = await privacy.recordActivity(customer_ids, at)
    return new StepResponse(moved.length, { moved, at })
  },
  async (undo, { container }) => {
    if (!undo?.moved.length) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).restoreActivity(undo.moved, new Date(undo.at))
  }
)
