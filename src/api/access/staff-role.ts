import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { roleSatisfies, type StaffRole } from "../../modules/privacy/lib/staff-roles"

/**
 * Who is calling and with which privacy role, as decided for this request.
 * Kept on the request so that a record of the access (the access log) can say
 * which role the actor held at the time, not the role they hold when read.
 */
export type StaffAccess = { actor_type: "user" | "api-key"; actor_id: string; role: StaffRole | null }

type WithAccess = { privacyAccess?: StaffAccess }

const ROLE_LABEL: Record<StaffRole, string> = { privacy_officer: "privacy_officer", privacy_agent: "privacy_agent or privacy_officer" }

/** The caller's role: an API key's from `access.apiKeys`, a user's from the staff roles, granting officers named in `access.officers` on the way. */
export async function resolveStaffAccess(req: AuthenticatedMedusaRequest): Promise<StaffAccess> {
  const cached = (req as WithAccess).privacyAccess
  if (cached) {
    return cached
  }
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { access } = privacy.getOptions()
  const actorId = req.auth_context.actor_id
  let result: StaffAccess
  if (req.auth_context.actor_type === "api-key") {
    result = { actor_type: "api-key", actor_id: actorId, role: access.apiKeys[actorId] ?? null }
  } else {
    let role = await privacy.getStaffRole(actorId)
    if (!role && access.officers.length && (await isConfiguredOfficer(req.scope, actorId, access.officers))) {
      await privacy.grantConfiguredOfficers([actorId])
      role = await privacy.getStaffRole(actorId)
    }
    result = { actor_type: "user", actor_id: actorId, role }
  }
  ;(req as WithAccess).privacyAccess = result
  return result
}

async function isConfiguredOfficer(scope: MedusaContainer, userId: string, officers: string[]): Promise<boolean> {
  const [user] = await scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["email"] })
  return !!user && officers.includes(user.email.toLowerCase())
}

/** The users named by `access.officers` that exist now, made officers; users created later are granted on their first request. */
export async function grantConfiguredOfficers(scope: MedusaContainer): Promise<void> {
  const privacy = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  const { officers } = privacy.getOptions().access
  if (!officers.length) {
    return
  }
  const users = await scope.resolve(Modules.USER).listUsers({}, { select: ["id", "email"], take: null })
  const ids = users.filter((user) => officers.includes(user.email.toLowerCase())).map((user) => user.id)
  if (ids.length) {
    await privacy.grantConfiguredOfficers(ids)
  }
}

/** Answers 403 naming the role needed unless the caller holds it. */
export function requireStaffRole(needed: StaffRole) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const access = await resolveStaffAccess(req as AuthenticatedMedusaRequest)
    if (roleSatisfies(access.role, needed)) {
      return next()
    }
    res.status(403).json({
      type: "not_allowed",
      message: `This needs the ${ROLE_LABEL[needed]} role; ${access.actor_type === "api-key" ? "this API key has" : "you have"} ${access.role ?? "no privacy role"}. An officer grants roles under Settings → Privacy staff.`,
    })
  }
}

/** `access.restrictCoreRoutes`: core routes that carry customers' data need a privacy role too. */
export function restrictCoreRoute() {
  const guard = requireStaffRole("privacy_agent")
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
    if (!privacy.getOptions().access.restrictCoreRoutes) {
      return next()
    }
    return guard(req, res, next)
  }
}
