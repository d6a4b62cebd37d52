import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Input = { customer_ids: string[]; at: Date }

/**
 * Moves the customers' last activity forward. Compensation puts back the
 * previous values of the profiles it moved.
 */
export const recordCustomerActivityStep = createStep(
  "record-customer-activity",
  async ({ customer_ids, at }: Input, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const before = await privacy.listPrivacyProfiles(
      { customer_id: customer_ids },
      { select: ["id", "last_activity_at"] }
    )
    const moved = await privacy.recordActivity(customer_ids, at)
    const previous = moved
      ? before.map(({ id, last_activity_at }) => ({ id, last_activity_at }))
      : []
    return new StepResponse(moved, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).updatePrivacyProfiles(previous)
  }
)
