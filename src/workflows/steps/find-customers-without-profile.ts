import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"

type Output = { customer_ids: string[]; last_activity_at: Record<string, Date> }

/**
 * Of the given customers, those without a profile, each with their latest
 * (non-draft) order date: a backfilled customer's last activity.
 */
export const findCustomersWithoutProfileStep = createStep(
  "find-customers-without-profile",
  async (customerIds: string[], { container }) => {
    const privacy = container.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    const existing = await privacy.listPrivacyProfiles({ customer_id: customerIds }, { select: ["customer_id"] })
    const have = new Set(existing.map((profile) => profile.customer_id))
    const missing = customerIds.filter((id) => !have.has(id))
    if (!missing.length) {
      return new StepResponse<Output>({ customer_ids: [], last_activity_at: {} })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["customer_id", "created_at"],
      filters: { customer_id: missing, is_draft_order: false },
    })
    const latest: Record<string, Date> = {}
    for (const order of orders) {
      const at = new Date(order.created_at as string | Date)
      const customerId = order.customer_id as string
      if (!latest[customerId] || latest[customerId] < at) {
        latest[customerId] = at
      }
    }
    return new StepResponse<Output>({ customer_ids: missing, last_activity_at: latest })
  }
)
