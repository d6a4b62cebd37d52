import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CustomerSource } from "../modules/privacy/lib/constants"
import { inferCustomerSource } from "../modules/privacy/lib/customer-source"
import type { NewProfileInput } from "../modules/privacy/service"
import { createPrivacyProfilesStep } from "./steps/create-privacy-profiles"
import { PrivacyEvents } from "./events"

export type EnsurePrivacyProfilesInput = {
  customer_ids: string[]
  /** Overrides the source read off the customer (e.g. `import`). */
  source?: CustomerSource
  /** Latest known activity per customer, e.g. their last order, from a backfill. */
  last_activity_at?: Record<string, Date>
}

/**
 * Gives every listed customer that has none a privacy profile with a customer
 * number. Safe to run any number of times for the same customers.
 */
export const ensurePrivacyProfilesWorkflow = createWorkflow(
  "ensure-privacy-profiles",
  (input: EnsurePrivacyProfilesInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "has_account", "created_by", "created_at"],
      filters: { id: input.customer_ids },
    })

    const profiles = transform({ customers, input }, ({ customers, input }) =>
      customers.map(
        (customer): NewProfileInput => ({
          customer_id: customer.id,
          source: input.source ?? inferCustomerSource(customer),
          last_activity_at:
            input.last_activity_at?.[customer.id] ?? new Date(customer.created_at as string | Date),
        })
      )
    )

    const created = createPrivacyProfilesStep(profiles)

    const events = transform({ created }, ({ created }) =>
      created.map((profile) => ({ id: profile.id, customer_id: profile.customer_id }))
    )
    emitEventStep({ eventName: PrivacyEvents.PROFILE_CREATED, data: events })

    return new WorkflowResponse(created)
  }
)
