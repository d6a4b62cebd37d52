import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The Customer Module marks the erased customer rows deleted, as core's
 * delete flow does, and returns the ones deleted now,
 * whose `customer.deleted` is then announced. Not compensated: the rows are
 * already anonymised, restoring them would bring nothing back.
 */
export const deleteErasedCustomersStep = createStep("delete-erased-customers", async (customerIds: string[], { container }) => {
  if (!customerIds.length) {
    return new StepResponse([] as string[])
  }
  const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  const live = (await customers.listCustomers({ id: customerIds }, { select: ["id"] })).map((customer) => customer.id)
  if (live.length) {
    await customers.softDeleteCustomers(live)
  }
  return new StepResponse(live)
})
