import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eraseCustomers } from "../../retention/erase-customers"
import { database, erasureSettings } from "../../retention/settings"
import type { PreparedErasure } from "./prepare-erasures"

/**
 * Erases the customers' records and completes their erasure records, in one
 * database transaction. There is nothing to compensate: either the
 * transaction committed and the data is gone for good, or nothing changed.
 */
export const eraseCustomerRecordsStep = createStep(
  "erase-privacy-customer-records",
  async (input: { erasable: PreparedErasure[]; now: string }, { container }) => {
    if (!input.erasable.length) {
      return new StepResponse({ counts: [], kept: [] })
    }
    const result = await eraseCustomers(
      database(container),
      input.erasable.map((row) => row.customer_id),
      erasureSettings(container, new Date(input.now)),
      input.erasable.map((row) => row.erasure_id)
    )
    return new StepResponse(result)
  }
)
