import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The choices recorded for one browser, newest first, for the visitor to see
 * what the shop holds as proof. The consent id is a random UUID only that
 * browser knows, so it is the key; where they came from is left out.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const consentId = req.params.consent_id
  if (!UUID.test(consentId)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "'consent_id' must be the UUID the banner keeps in its cookie")
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const choices = await privacy.listCookieChoices({ consent_id: consentId.toLowerCase() })
  res.setHeader("Cache-Control", "no-store")
  res.json({
    cookie_consents: choices.map(({ id, consent_id, action, granted, refused, revision, language, created_at, expires_at }) => ({
      id, consent_id, action, categories: granted, refused, revision, language, created_at, expires_at,
    })),
  })
}
