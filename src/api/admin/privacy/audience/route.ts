import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { streamAudienceCsv } from "./audience-csv"
import { audienceDisclosureLog } from "./audience-disclosures"
import { audiencePage } from "./audience-page"
import type { AdminGetAudienceType } from "./validators"

/**
 * Who may receive a purpose on a channel right now, for e-mail tools that sync
 * a list: keyset pages, or `format=csv` for the whole list as a stream.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAudienceType>, res: MedusaResponse) => {
  const { purpose, channel, limit, cursor, format, recipient_id } = req.validatedQuery
  const options = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions()
  const purposes = options.consent.purposes.map((p) => p.key)
  if (!purposes.includes(purpose)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: 'purpose' must be one of ${purposes.join(", ")}`)
  }
  const recipient = recipient_id ? options.recipients.find((candidate) => candidate.id === recipient_id) : undefined
  if (recipient_id && !recipient) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: 'recipient_id' must be a recipient of the register, got '${recipient_id}'`)
  }
  const log = recipient ? audienceDisclosureLog(req.scope, recipient, { id: generateEntityId("", "paud"), actor_id: req.auth_context.actor_id }) : undefined
  const after = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : undefined
  if (format === "csv") {
    return streamAudienceCsv(req.scope, res, { purpose, channel, after }, log)
  }
  const { members, last, more } = await audiencePage(req.scope, { purpose, channel, after, limit })
  log?.add(members)
  res.json({ audience: members, next_cursor: more && last ? Buffer.from(last).toString("base64url") : null, limit })
}
