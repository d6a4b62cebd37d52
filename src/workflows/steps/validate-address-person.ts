import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { addressHasAccount, normalizeAddress } from "../../processors/address-account"
import { addressHoldsData } from "../../processors/address-holdings"
import { database, erasureSettings } from "../../retention/settings"

const Address = z.string().trim().email().max(320)

/**
 * The person of a verified address without an account: refused when the
 * address is a customer account's (that person is served through the
 * account), and tells whether anything is held about them at all, so a
 * request can be answered "no data held" without an error.
 */
export const validateAddressPersonStep = createStep("validate-privacy-address-person", async (email: string, { container }) => {
  const parsed = Address.safeParse(email)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email must be an e-mail address")
  }
  const address = normalizeAddress(parsed.data)
  const db = database(container)
  if (await addressHasAccount(db, address)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "email belongs to a customer account: serve the request through the account, not the address"
    )
  }
  const settings = erasureSettings(container)
  return new StepResponse({ email: address, held: await addressHoldsData(db, address, settings.entries, settings.emailKey) })
})
