import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type {
  CustomerSource,
  Gender,
  ProfileChangeChannel,
} from "../modules/privacy/lib/constants"
import { ensurePrivacyProfilesWorkflow } from "./ensure-privacy-profiles"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { recordProfileChangeStep, type ProfileChangeActor } from "./steps/record-profile-change"
import { updatePrivacyProfileStep } from "./steps/update-privacy-profile"
import { validateCustomerExistsStep } from "./steps/validate-customer-exists"
import { validateProfileUpdateStep } from "./steps/validate-profile-update"

export type PrivacyProfileUpdate = {
  language?: string
  gender?: Gender | null
  homepage_url?: string | null
  /** Staff only: where the customer came from. */
  source?: CustomerSource
}

export type UpdatePrivacyProfileInput = {
  customer_id: string
  update: PrivacyProfileUpdate
  channel: ProfileChangeChannel
  actor: ProfileChangeActor
}

/** Rectification of a customer's privacy profile (GDPR Art. 16), by the customer or staff. */
export const updatePrivacyProfileWorkflow = createWorkflow(
  "update-privacy-profile",
  (input: UpdatePrivacyProfileInput) => {
    validateCustomerExistsStep(input.customer_id)
    validateProfileUpdateStep(input.update)

    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    ensurePrivacyProfilesWorkflow.runAsStep({ input: { customer_ids: customerIds } })

    const result = updatePrivacyProfileStep({ customer_id: input.customer_id, update: input.update })

    recordProfileChangeStep({
      customer_id: input.customer_id,
      fields: result.changed_fields,
      channel: input.channel,
      actor: input.actor,
    })

    const event = transform({ result, input }, ({ result, input }) =>
      result.changed_fields.length
        ? [{ id: result.profile.id, customer_id: input.customer_id, fields: result.changed_fields }]
        : []
    )
    emitEventStep({ eventName: PrivacyEvents.PROFILE_UPDATED, data: event })

    return new WorkflowResponse(result.profile)
  }
)
