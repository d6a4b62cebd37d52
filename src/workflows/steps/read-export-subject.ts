import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The customer an export is about; a deleted account gets no export (its data goes with it). */
export const readExportSubjectStep = createStep("read-privacy-export-subject", async (customerId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({
    entity: "customer",
    fields: ["email", "privacy_profile.customer_number"],
    filters: { id: customerId },
  })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The customer's account was deleted")
  }
  return new StepResponse({
    email: (customer.email as string | null) ?? null,
    customer_number: (customer as { privacy_profile?: { customer_number?: string } }).privacy_profile?.customer_number ?? null,
  })
})
