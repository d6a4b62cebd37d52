import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CustomerSource } from "../modules/privacy/lib/constants"
import { PrivacyEvents } from "../modules/privacy/lib/events"
import { createPrivacyProfilesStep } from "./steps/create-privacy-profiles"
import { preparePrivacyProfilesStep } from "./steps/prepare-privacy-profiles"

export type EnsurePrivacyProfilesInput = {
  customer_ids: string[]
  /** Overrides the source read off the customer (e.g. `import`). */
  source?: CustomerSource
  /** Latest known activity per customer, e.g. their last order, from a backfill. */
  last_activity_at?: Record<string, Date | string>
}

/**
 * Gives every listed customer that has none a privacy profile with a customer
 * number. Safe to run any number of times for the same customers.
 */
export const ensurePrivacyProfilesWorkflow = createWorkflow(
  "ensure-privacy-profiles",
  (input: EnsurePrivacyProfilesInput) => {
    const profiles = preparePrivacyProfilesStep(input)
    const created = createPrivacyProfilesStep(profiles)

    const events = transform({ created }, ({ created }) =>
      created.map((profile) => ({ id: profile.id, customer_id: profile.customer_id }))
    )
    emitEventStep({ eventName: PrivacyEvents.PROFILE_CREATED, data: events })

    return new WorkflowResponse(created)
  }
)
