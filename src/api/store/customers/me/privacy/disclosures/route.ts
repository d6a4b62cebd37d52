import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"

/**
 * Who received the signed-in customer's data, by name, when and what (GDPR
 * Art. 15(1)(c), 19): the recipients the customer may ask to be told of.
 * Staff's notes and who recorded an entry stay out.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { rows } = await privacy.listDisclosures({ customer_id: req.auth_context.actor_id, limit: 500, offset: 0 })
  res.json({
    disclosures: rows.map((row) => ({
      recipient_id: row.recipient_id,
      recipient_name: row.recipient_name,
      occasion: row.occasion,
      data_categories: row.data_categories,
      order_id: row.order_id,
      disclosed_at: row.disclosed_at,
    })),
  })
}
