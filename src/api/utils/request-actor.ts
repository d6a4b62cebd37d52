import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { Actor } from "../../modules/privacy/requests/request-store"

/** The staff member (user or secret API key) acting on a request. */
export function staffActor(req: AuthenticatedMedusaRequest): Actor & { type: "user" | "api-key" } {
  return { type: req.auth_context.actor_type === "api-key" ? "api-key" : "user", id: req.auth_context.actor_id }
}
