import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { truncateIp } from "../../../../modules/privacy/consent/ip-prefix"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import type { StoreRecordCookieChoiceType } from "./validators"

/**
 * Records a visitor's cookie choice as proof (server time, expiry, truncated
 * address, coarse user agent). The answer is the record the banner keeps in
 * its cookie; a choice on another revision than the current one is refused.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRecordCookieChoiceType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const customerId = req.auth_context?.actor_type === "customer" && req.auth_context.actor_id ? req.auth_context.actor_id : null
  const record = await privacy.recordCookieChoice({
    ...req.validatedBody,
    customer_id: customerId,
    ip_prefix: truncateIp(req.ip),
    user_agent: req.get("user-agent") ?? null,
  })
  const { id, consent_id, action, granted, revision, language, created_at, expires_at } = record
  res.status(201).json({ cookie_consent: { id, consent_id, action, categories: granted, revision, language, created_at, expires_at } })
}
