import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { disclosureResponse } from "../../../../../utils/disclosure-response"
import type { AdminListDisclosuresQueryType } from "../../validators"

/** What went to one recipient, newest first: the answer when a recipient or authority asks what it was given. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListDisclosuresQueryType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const recipientId = req.params.id
  if (!privacy.getOptions().recipients.some((recipient) => recipient.id === recipientId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No recipient '${recipientId}' in the register`)
  }
  const { limit, offset } = req.validatedQuery
  const { rows, count } = await privacy.listDisclosures({ recipient_id: recipientId, limit, offset })
  res.json({ disclosures: rows.map(disclosureResponse), count, limit, offset })
}
