import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../../modules/privacy/service"
import { assertCustomerExists } from "../../../../../utils/assert-customer-exists"
import { disclosureResponse } from "../../../../../utils/disclosure-response"
import type { AdminRecordDisclosureType } from "./validators"

/** Everyone who received the customer's data, newest first (Art. 15(1)(c)). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  const { rows } = await req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).listDisclosures({ customer_id: req.params.id, limit: 500, offset: 0 })
  res.json({ disclosures: rows.map(disclosureResponse) })
}

/** A disclosure Medusa did not make itself: an unpaid invoice handed to a debt collector, an authority's request. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordDisclosureType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const body = req.validatedBody
  const recipient = privacy.getOptions().recipients.find((candidate) => candidate.id === body.recipient_id)
  if (!recipient) {
    const known = privacy.getOptions().recipients.map((candidate) => candidate.id)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: 'recipient_id' must be a recipient of the register (${known.join(", ") || "the register is empty"})`
    )
  }
  await assertCustomerExists(req.scope, req.params.id)
  const [row] = await privacy.recordDisclosures([
    {
      customer_id: req.params.id,
      recipient_id: recipient.id,
      recipient_name: recipient.name,
      data_categories: [...new Set(body.data_categories)],
      legal_basis: body.legal_basis,
      occasion: body.occasion,
      source_type: "manual",
      order_id: body.order_id ?? null,
      reference: body.reference ?? null,
      legal_reference: body.legal_reference ?? null,
      note: body.note ?? null,
      disclosed_at: body.disclosed_at,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  ])
  res.status(201).json({ disclosure: disclosureResponse(row) })
}
