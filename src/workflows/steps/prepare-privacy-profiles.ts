import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerSource } from "../../modules/privacy/lib/constants"
import { inferCustomerSource } from "../../modules/privacy/lib/customer-source"
import type { NewProfileInput } from "../../modules/privacy/service"

type Input = {
  customer_ids: string[]
  source?: CustomerSource
  last_activity_at?: Record<string, Date | string>
}

/**
 * Reads the customers (only existing, not deleted ones) and decides each new
 * profile's source and first activity. An empty list reads nothing.
 */
export const preparePrivacyProfilesStep = createStep(
  "prepare-privacy-profiles",
  async ({ customer_ids, source, last_activity_at }: Input, { container }) => {
    if (!customer_ids.length) {
      return new StepResponse<NewProfileInput[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "has_account", "created_by", "created_at"],
      filters: { id: customer_ids },
    })
    return new StepResponse(
      customers.map(
        (customer): NewProfileInput => ({
          customer_id: customer.id,
          source: source ?? inferCustomerSource(customer),
          last_activity_at: new Date((last_activity_at?.[customer.id] ?? customer.created_at) as string | Date),
        })
      )
    )
  }
)
