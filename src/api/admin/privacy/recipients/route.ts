import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { recipientResponse } from "../../../utils/disclosure-response"

/** The recipient register (policy clauses 6 and 7), with how much each has received and what is still to tell it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const options = privacy.getOptions()
  const counts = await privacy.getRecipientCounts()
  res.json({
    recipients: options.recipients.map((recipient) =>
      recipientResponse(recipient, options, { disclosed: counts.disclosed[recipient.id] ?? 0, open: counts.open[recipient.id] ?? 0 })
    ),
    transfers_outside_eea: options.transfersOutsideEea,
  })
}
