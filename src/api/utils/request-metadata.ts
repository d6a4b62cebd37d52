import type { MedusaRequest } from "@medusajs/framework/http"
import { truncateIp } from "../../modules/privacy/consent/ip-prefix"
import type { RequestMetadata } from "../../modules/privacy/service"

/** Where a person acted from, as much as a consent record needs: a truncated IP and the user agent. */
export function requestMetadata(req: MedusaRequest): RequestMetadata {
  return { ip_prefix: truncateIp(req.ip), user_agent: req.get("user-agent")?.slice(0, 512) ?? null }
}
