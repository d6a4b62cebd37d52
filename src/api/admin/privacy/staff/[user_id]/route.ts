import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../../modules/privacy"
import type PrivacyModuleService from "../../../../../modules/privacy/service"
import { lastOfficer } from "../staff-response"

/**
 * Revokes a user's privacy role. The last officer stays (409), and so does an
 * officer named in `access.officers` (409): the option would grant it again at
 * their next request, so it is revoked by changing the option.
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const userId = req.params.user_id
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { officers } = privacy.getOptions().access
  if (officers.length) {
    const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["email"] })
    if (user && officers.includes(user.email.toLowerCase())) {
      res.status(409).json({
        type: "conflict",
        message: "This user is an officer through the access.officers plugin option: remove the address from the option and restart, then revoke.",
      })
      return
    }
  }
  const change = await privacy.revokeStaffRole(userId)
  if (change.outcome === "last_officer") {
    return lastOfficer(res)
  }
  if (change.outcome === "not_found") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This user holds no privacy role")
  }
  res.json({ user_id: userId, object: "privacy_staff", deleted: true })
}
