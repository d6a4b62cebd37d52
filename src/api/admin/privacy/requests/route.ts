import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { pageCursor, readCursor } from "../../../../modules/privacy/requests/request-list"
import { recordDataSubjectRequestWorkflow } from "../../../../workflows/record-data-subject-request"
import { staffActor } from "../../../utils/request-actor"
import { requestResponse } from "../../../utils/request-response"
import type { AdminCreateRequestType, AdminListRequestsQueryType } from "./validators"

/** The inbox: filtered, in keyset pages (`cursor` is the previous page's `next_cursor`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListRequestsQueryType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { cursor, limit, ...filters } = req.validatedQuery
  const after = cursor ? readCursor(cursor) : undefined
  if (after === null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "'cursor' must be the next_cursor of a previous page")
  }
  const rows = await privacy.listRequests({ ...filters, after, limit: limit + 1 })
  const page = rows.slice(0, limit)
  res.json({
    requests: page.map((row) => requestResponse(privacy, row)),
    next_cursor: rows.length > limit ? pageCursor(page[page.length - 1], filters.order) : null,
    limit,
  })
}

/** Staff record a request that came by letter, e-mail, phone or in person; the clock runs from `received_at`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRequestType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const body = req.validatedBody
  let email = body.email ?? null
  if (body.customer_id) {
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "customer", fields: ["id", "email"], filters: { id: body.customer_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id '${body.customer_id}' was not found`)
    }
    email = email ?? data[0].email ?? null
  }
  const options = privacy.getOptions()
  const { result } = await recordDataSubjectRequestWorkflow(req.scope).run({
    input: {
      rights: body.rights,
      channel: body.channel,
      received_at: body.received_at,
      customer_id: body.customer_id ?? null,
      email,
      language: body.language ?? options.defaultLanguage,
      verification_method: body.verification_method ?? null,
      note: body.note ?? null,
      actor: staffActor(req),
    },
  })
  res.status(201).json({ request: requestResponse(privacy, result) })
}
