import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePrivacyProfileWorkflow } from "../../../../../workflows/update-privacy-profile"
import { assertCustomerExists } from "../../../../utils/assert-customer-exists"
import {
  availableLanguages,
  loadPrivacyProfile,
  toProfileResponse,
} from "../../../../utils/privacy-profile-response"
import type { AdminUpdatePrivacyProfileType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerExists(req.scope, req.params.id)
  const profile = await loadPrivacyProfile(req.scope, req.params.id)
  res.json({ privacy_profile: profile, available_languages: availableLanguages(req.scope) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePrivacyProfileType>,
  res: MedusaResponse
) => {
  const { result } = await updatePrivacyProfileWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      update: req.validatedBody,
      channel: "admin",
      // Staff sign in as users; integrations call with a secret API key.
      actor: { type: req.auth_context.actor_type === "api-key" ? "api-key" : "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ privacy_profile: toProfileResponse(result), available_languages: availableLanguages(req.scope) })
}
