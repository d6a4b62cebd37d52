import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { grantConfiguredOfficers } from "../../../access/staff-role"
import { lastOfficer, staffResponse } from "./staff-response"
import type { AdminGrantStaffRoleType } from "./validators"

/** The staff holding a privacy role; officers named in `access.officers` whose user exists by now are granted first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await grantConfiguredOfficers(req.scope)
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  res.json({ staff: await staffResponse(req.scope, await privacy.listStaffRoles()) })
}

/** Grants a user a role, or changes it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGrantStaffRoleType>, res: MedusaResponse) => {
  const { user_id, role } = req.validatedBody
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: user_id }, { select: ["id"] })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "'user_id' names no Medusa user")
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const change = await privacy.grantStaffRole({ user_id, role, granted_by: req.auth_context.actor_id })
  if (change.outcome === "last_officer") {
    return lastOfficer(res)
  }
  if (change.outcome !== "done") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "'user_id' names no Medusa user")
  }
  const [staff] = await staffResponse(req.scope, [change.staff])
  res.json({ staff })
}
