import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import type { ProfileChangeChannel } from "../../modules/privacy/lib/constants"

export type ProfileChangeActor = { type: "customer" | "user" | "api-key" | "system"; id?: string | null }

type Input = {
  customer_id: string
  fields: string[]
  channel: ProfileChangeChannel
  actor: ProfileChangeActor
}

/** Logs which fields changed, how and by whom; nothing is logged when nothing changed. */
export const recordProfileChangeStep = createStep(
  "record-privacy-profile-change",
  async ({ customer_id, fields, channel, actor }: Input, { container }) => {
    if (!fields.length) {
      return new StepResponse(null, null)
    }
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const change = await privacy.createPrivacyProfileChanges({
      customer_id,
      fields,
      channel,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
    })
    return new StepResponse(change, change.id)
  },
  async (changeId, { container }) => {
    if (!changeId) {
      return
    }
    await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).deletePrivacyProfileChanges(changeId)
  }
)
