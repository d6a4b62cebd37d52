import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The person an export is about: a customer (a deleted account gets no
 * export, its data goes with it), or a verified address without an account,
 * whose link goes to that address.
 */
export const readExportSubjectStep = createStep(
  "read-privacy-export-subject",
  async ({ customer_id, email }: { customer_id: string | null; email?: string | null }, { container }) => {
    if (!customer_id) {
      return new StepResponse({ email: email ?? null, customer_number: null as string | null })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [customer] } = await query.graph({
      entity: "customer",
      fields: ["email", "privacy_profile.customer_number"],
      filters: { id: customer_id },
    })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "The customer's account was deleted")
    }
    return new StepResponse({
      email: (customer.email as string | null) ?? null,
      customer_number: (customer as { privacy_profile?: { customer_number?: string } }).privacy_profile?.customer_number ?? null,
    })
  }
)
