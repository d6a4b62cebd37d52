import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveStaffAccess } from "../../../../access/staff-role"

/** The caller's own privacy role, open to all staff: the dashboard offers only what the role allows. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { actor_type, role } = await resolveStaffAccess(req)
  res.json({ actor_type, role })
}
