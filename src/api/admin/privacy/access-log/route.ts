import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../../../../modules/privacy"
import type PrivacyModuleService from "../../../../modules/privacy/service"
import { accessRecorder } from "../../../../access-log/access-recorder"
import type { AdminListAccessLogQueryType } from "./validators"

/**
 * The access log for officers, newest first, in keyset pages (`before` is
 * the previous page's `next_before`). Accesses of this process not yet
 * written are written first, so a reader sees what just happened.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListAccessLogQueryType>, res: MedusaResponse) => {
  const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
  await accessRecorder(req.scope).flush()
  const { limit, ...filters } = req.validatedQuery
  const rows = await privacy.listAccessLog({ ...filters, limit: limit + 1 })
  const page = rows.slice(0, limit)
  const users = await usersOf(req, page.filter((row) => row.actor_type === "user").map((row) => row.actor_id!))
  res.json({
    entries: page.map((row) => ({ ...row, actor_email: row.actor_type === "user" ? users.get(row.actor_id!) ?? null : null })),
    next_before: rows.length > limit ? page[page.length - 1].seq : null,
    limit,
  })
}

async function usersOf(req: AuthenticatedMedusaRequest, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  const users = unique.length ? await req.scope.resolve(Modules.USER).listUsers({ id: unique }, { select: ["id", "email"] }) : []
  return new Map(users.map((user) => [user.id, user.email]))
}
