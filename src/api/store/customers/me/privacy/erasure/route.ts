import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { Locking } from "../../../../../../retention/lock-lease"
import { database } from "../../../../../../retention/settings"
import { dryRunFor, eraseOne, type ErasureQueryType } from "../../../../../utils/erasure"
import { FAILURE_WINDOW_SECONDS, takeAttemptSlot } from "./password-attempts"
import type { StoreCloseAccountType } from "./validators"

/**
 * The customer closes their account (GDPR Art. 17). A stolen session must
 * not be enough, so the current password is asked again. `?dry_run=true`
 * lists what would be erased, kept (with the day it goes) or blocked.
 * Five wrong passwords in 15 minutes block the check (dry runs included, or
 * they would be a guessing oracle) with 429 and Retry-After.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCloseAccountType, ErasureQueryType>, res: MedusaResponse) => {
  const dryRun = req.validatedQuery.dry_run
  const customerId = req.auth_context.actor_id
  const slot = await takeAttemptSlot(req.scope.resolve<Locking>(Modules.LOCKING), customerId)
  if (!slot) {
    res
      .status(429)
      .set("Retry-After", String(FAILURE_WINDOW_SECONDS))
      .json({ type: "too_many_requests", message: "Too many wrong passwords. Please try again in 15 minutes." })
    return
  }
  await confirmPassword(req, req.validatedBody.password)
  await slot.succeeded()
  if (dryRun) {
    res.json({ dry_run: await dryRunFor(req.scope, customerId) })
    return
  }
  const { erasure } = await eraseOne(req.scope, {
    customer_id: customerId,
    trigger: "customer",
    actor: { type: "customer", id: customerId },
    reason: "account_closed",
  })
  res.status(202).json({ erasure })
}

async function confirmPassword(req: AuthenticatedMedusaRequest, password: string) {
  const { rows } = await database(req.scope).raw(
    `SELECT entity_id FROM provider_identity WHERE auth_identity_id = ? AND provider = 'emailpass' AND deleted_at IS NULL`,
    [req.auth_context.auth_identity_id]
  )
  if (!rows.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This account signs in without a password, so it cannot be closed here; please ask the shop to close it."
    )
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const { success, authIdentity } = await auth.authenticate("emailpass", { body: { email: rows[0].entity_id, password } } as never)
  if (!success || authIdentity?.id !== req.auth_context.auth_identity_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The password is not correct.")
  }
}
