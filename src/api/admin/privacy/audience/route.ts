import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { streamAudienceCsv } from "./audience-csv"
import { audiencePage } from "./audience-page"
import type { AdminGetAudienceType } from "./validators"

/**
 * Who may receive a purpose on a channel right now, for e-mail tools that sync
 * a list: keyset pages, or `format=csv` for the whole list as a stream.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAudienceType>, res: MedusaResponse) => {
  const { purpose, channel, limit, cursor, format } = req.validatedQuery
  const purposes = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions().consent.purposes.map((p) => p.key)
  if (!purposes.includes(purpose)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: 'purpose' must be one of ${purposes.join(", ")}`)
  }
  const after = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : undefined
  if (format === "csv") {
    return streamAudienceCsv(req.scope, res, { purpose, channel, after })
  }
  const { members, last, more } = await audiencePage(req.scope, { purpose, channel, after, limit })
  res.json({ audience: members, next_cursor: more && last ? Buffer.from(last).toString("base64url") : null, limit })
}
