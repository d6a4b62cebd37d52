import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeEmail } from "../../modules/privacy/consent/rules"

/** The registered customer (with an account) who has this e-mail, if any. */
export const findRegisteredCustomerStep = createStep("find-registered-customer", async (email: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: normalizeEmail(email), has_account: true },
  })
  return new StepResponse<{ id: string | null }>({ id: data[0]?.id ?? null })
})
