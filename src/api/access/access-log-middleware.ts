import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRIVACY_MODULE } from "../../modules/privacy"
import type PrivacyModuleService from "../../modules/privacy/service"
import { truncateIp } from "../../modules/privacy/consent/ip-prefix"
import { accessRecorder } from "../../access-log/access-recorder"
import { matchLoggedRoute, type Reached } from "./logged-routes"
import type { StaffAccess } from "./staff-role"

type Locals = { privacyReached?: Reached }

/** For routes whose response is a stream or a file: who it reached, for the access log. */
export function noteReachedCustomers(res: MedusaResponse, customers: string[]): void {
  const locals = res.locals as Locals
  const reached = (locals.privacyReached ??= { customers: [] })
  for (const id of customers) reached.customers.push(id)
}

/** The caller's stated reason, kept short and printable. */
function purposeOf(req: MedusaRequest): string | null {
  const stated = req.get("x-privacy-purpose")?.replace(/[\u0000-\u001f\u007f]/g, " ").trim()
  return stated ? stated.slice(0, 200) : null
}

/**
 * Records each call to a logged route (logged-routes.ts) once its response
 * has gone: who, with which role, what, whose data, why and from where. The
 * response is read as it is sent (the ids in it), nothing is queried on the
 * request's way, and the entry goes to the batched writer.
 */
export function accessLogMiddleware() {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const path = req.originalUrl.split("?")[0]
    const matched = matchLoggedRoute(req.method, path)
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    const byStaff = auth?.actor_type === "user" || auth?.actor_type === "api-key"
    if (!matched || (matched.route.byLink ? false : !byStaff)) {
      return next()
    }
    const occurredAt = new Date()
    let body: unknown
    const json = res.json.bind(res)
    res.json = (value: unknown) => {
      body = value
      return json(value)
    }
    res.once("finish", () => {
      try {
        const { route, params } = matched
        const reached = route.reached({ req, params, body, noted: (res.locals as Locals).privacyReached })
        const decided = (req as { privacyAccess?: StaffAccess }).privacyAccess
        const privacy = req.scope.resolve<PrivacyModuleService>(PRIVACY_MODULE)
        accessRecorder(req.scope).record({
          occurred_at: occurredAt,
          actor_type: route.byLink ? "link" : (auth.actor_type as "user" | "api-key"),
          actor_id: route.byLink ? null : auth.actor_id,
          // A role guard decided it exactly; otherwise a key's comes from the options, a user's is read when written.
          role: route.byLink ? null : decided ? decided.role : auth.actor_type === "api-key" ? privacy.getOptions().access.apiKeys[auth.actor_id] ?? null : undefined,
          action: typeof route.action === "function" ? route.action(req) : route.action,
          method: req.method,
          route: matched.pattern,
          status: res.statusCode,
          customers: reached.customers,
          orders: reached.orders ?? [],
          purpose: purposeOf(req),
          ip_prefix: truncateIp(req.ip),
        })
      } catch (error) {
        req.scope.resolve("logger").warn(`privacy: an access could not be queued for the access log (${(error as Error).name})`)
      }
    })
    next()
  }
}
