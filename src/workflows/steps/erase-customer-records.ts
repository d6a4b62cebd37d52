import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseCustomers } from "../../retention/erase-customers"
import { database, erasureSettings } from "../../retention/settings"

/**
 * Erases the people's records on every table of the data map, in one
 * database transaction across modules. There is nothing to compensate:
 * either the transaction committed and the data is gone for good, or
 * nothing changed and the erasure records stay open to be resumed.
 */
export const eraseCustomerRecordsStep = createStep(
  "erase-privacy-customer-records",
  async (input: { customer_ids: string[]; now: string }, { container }) => {
    if (!input.customer_ids.length) {
      return new StepResponse({ counts: [], kept: [], customer_ids: [], deleted_ids: [] })
    }
    const result = await eraseCustomers(
      database(container),
      input.customer_ids,
      erasureSettings(container, new Date(input.now))
    )
    return new StepResponse(result)
  }
)
