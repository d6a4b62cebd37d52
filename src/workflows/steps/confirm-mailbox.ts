import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

/**
 * Records that the owner of the account's address followed the join link: from
 * now on the guest rows and earlier messages under the address are the account's.
 */
export const confirmMailboxStep = createStep(
  "confirm-mailbox",
  async (input: { customer_id: string; email: string }, { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const id = await privacy.confirmMailbox({ ...input, confirmed_at: new Date() })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).unconfirmMailbox(id)
  }
)
