import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePrivacyProfileWorkflow } from "../../../../../workflows/update-privacy-profile"
import {
  availableLanguages,
  loadPrivacyProfile,
  toProfileResponse,
} from "../../../../utils/privacy-profile-response"
import type { StoreUpdatePrivacyProfileType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const profile = await loadPrivacyProfile(req.scope, req.auth_context.actor_id)
  res.json({ privacy_profile: profile, available_languages: availableLanguages(req.scope) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdatePrivacyProfileType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const { result } = await updatePrivacyProfileWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      update: req.validatedBody,
      channel: "storefront",
      actor: { type: "customer", id: customerId },
    },
  })
  res.json({ privacy_profile: toProfileResponse(result), available_languages: availableLanguages(req.scope) })
}
