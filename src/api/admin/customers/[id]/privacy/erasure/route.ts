import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { dryRunFor, eraseOne, erasureResponse, findCustomerForErasure, type ErasureQueryType } from "../../../../../utils/erasure"
import type { AdminEraseCustomerType } from "./validators"

/** The customer's erasures, newest first: what was done, or what holds it up. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer = await findCustomerForErasure(req.scope, req.params.id)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const rows = await privacy.listPrivacyErasures({ customer_id: customer.id }, { order: { created_at: "DESC" } })
  res.json({ erased_at: customer.erased_at, erasures: rows.map(erasureResponse) })
}

/**
 * Staff erase a customer, for a request received by letter, e-mail or in
 * person, with the reason on record. `?dry_run=true` lists what would be
 * erased, kept (with release dates) or blocked (with the hold), changing nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEraseCustomerType, ErasureQueryType>, res: MedusaResponse) => {
  const dryRun = req.validatedQuery.dry_run
  const customer = await findCustomerForErasure(req.scope, req.params.id)
  if (dryRun) {
    res.json({ dry_run: await dryRunFor(req.scope, customer.id) })
    return
  }
  if (!req.validatedBody.reason) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'reason is required: why the customer is erased (e.g. "request by letter of 3 May")')
  }
  const { erasure } = await eraseOne(req.scope, {
    customer_id: customer.id,
    trigger: "staff",
    actor: { type: req.auth_context.actor_type === "api-key" ? "api-key" : "user", id: req.auth_context.actor_id },
    reason: req.validatedBody.reason,
  })
  res.status(202).json({ erasure })
}
