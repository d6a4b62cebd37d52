import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import { csvField } from "../../../../modules/privacy/records/record-csv"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { audiencePage } from "./audience-page"
import type { AdminGetAudienceType } from "./validators"

const CSV_PAGE = 1000

/**
 * Who may receive a purpose on a channel right now, for e-mail tools that sync
 * a list. Pages by cursor; `format=csv` streams the whole list page by page,
 * so memory stays flat however long it is.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAudienceType>, res: MedusaResponse) => {
  const { purpose, channel, limit, cursor, format } = req.validatedQuery
  const purposes = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions().consent.purposes.map((p) => p.key)
  if (!purposes.includes(purpose)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: 'purpose' must be one of ${purposes.join(", ")}`)
  }
  const after = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : undefined

  if (format === "json") {
    const { members, last, more } = await audiencePage(req.scope, { purpose, channel, after, limit })
    res.json({ audience: members, next_cursor: more && last ? Buffer.from(last).toString("base64url") : null, limit })
    return
  }

  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="audience-${purpose}-${channel}.csv"`)
  res.write("customer_id,email,language,unsubscribe_url,consented_at\r\n")
  let position = after
  for (;;) {
    const { members, last, more } = await audiencePage(req.scope, { purpose, channel, after: position, limit: CSV_PAGE })
    const chunk = members
      .map((member) =>
        [member.customer_id ?? "", member.email, member.language ?? "", member.unsubscribe_url, new Date(member.consented_at).toISOString()]
          .map(csvField)
          .join(",")
      )
      .join("\r\n")
    if (chunk && !res.write(chunk + "\r\n")) {
      await new Promise((resolve) => res.once("drain", resolve))
    }
    if (!more || !last) {
      break
    }
    position = last
  }
  res.end()
}
