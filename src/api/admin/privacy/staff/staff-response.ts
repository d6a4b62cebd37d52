import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import type { StaffRow } from "../../../../modules/privacy/staff/staff-store"

/** Staff rows with the user's name and e-mail, for officers choosing whom to grant or revoke. */
export async function staffResponse(scope: MedusaContainer, rows: StaffRow[]) {
  const ids = rows.map((row) => row.user_id)
  const users = ids.length ? await scope.resolve(Modules.USER).listUsers({ id: ids }, { select: ["id", "email", "first_name", "last_name"] }) : []
  const byId = new Map(users.map((user) => [user.id, user]))
  const { officers } = scope.resolve<PrivacyModuleService>(PRIVACY_MODULE).getOptions().access
  return rows.map((row) => {
    const user = byId.get(row.user_id)
    return {
      user_id: row.user_id,
      role: row.role,
      granted_by: row.granted_by,
      granted_at: row.granted_at,
      email: user?.email ?? null,
      first_name: user?.first_name ?? null,
      last_name: user?.last_name ?? null,
      /** Named in `access.officers`: the option grants it again, so it is revoked by changing the option. */
      from_options: !!user && officers.includes(user.email.toLowerCase()),
    }
  })
}

export function lastOfficer(res: MedusaResponse) {
  res.status(409).json({
    type: "conflict",
    message: "This user is the last privacy_officer: grant the role to another user first, so that someone can still manage roles, erasures and retention.",
  })
}
