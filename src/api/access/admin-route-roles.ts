import type { MedusaRequest } from "@medusajs/framework/http"
import type { StaffRole } from "../../modules/privacy/lib/staff-roles"

/**
 * The role each plugin admin route needs. `null`: no personal data, open to
 * all staff (the data map with its coverage, and the record of processing
 * describe the shop's processing, not a person). A function decides per
 * request: a dry run of an erasure changes nothing, so an agent may make it.
 * The README's table and the authorisation test follow this list.
 */
export type RouteRole = { method: "GET" | "POST" | "DELETE"; path: string; role: StaffRole | null | ((req: MedusaRequest) => StaffRole) }

const AGENT = "privacy_agent"
const OFFICER = "privacy_officer"

const erasureRole = (req: MedusaRequest): StaffRole => (req.query?.dry_run === "true" ? AGENT : OFFICER)
const requestErasureRole = (req: MedusaRequest): StaffRole => ((req.body as { dry_run?: unknown } | undefined)?.dry_run === true ? AGENT : OFFICER)
const requestAction = (action: string, role: RouteRole["role"] = AGENT): RouteRole => ({ method: "POST", path: `/admin/privacy/requests/:id/${action}`, role })

export const ADMIN_ROUTE_ROLES: RouteRole[] = [
  { method: "GET", path: "/admin/privacy/access-log", role: OFFICER },
  { method: "GET", path: "/admin/privacy/access-log/verify", role: OFFICER },
  { method: "GET", path: "/admin/customers/:id/privacy", role: AGENT },
  // Rectification changes a customer's record: officers only (the agent's list in issue 12 reads it).
  { method: "POST", path: "/admin/customers/:id/privacy", role: OFFICER },
  { method: "GET", path: "/admin/customers/:id/privacy/consents", role: AGENT },
  { method: "POST", path: "/admin/customers/:id/privacy/consents", role: AGENT },
  { method: "GET", path: "/admin/customers/:id/privacy/erasure", role: AGENT },
  { method: "POST", path: "/admin/customers/:id/privacy/erasure", role: erasureRole },
  { method: "GET", path: "/admin/customers/:id/privacy/exports", role: AGENT },
  { method: "POST", path: "/admin/customers/:id/privacy/exports", role: AGENT },
  { method: "GET", path: "/admin/customers/:id/privacy/exports/:export_id", role: AGENT },
  // Staff hand a verified person their copy; the mailed link is the person's alone.
  { method: "GET", path: "/admin/customers/:id/privacy/exports/:export_id/download", role: AGENT },
  { method: "POST", path: "/admin/customers/:id/privacy/exports/:export_id/retry", role: AGENT },
  { method: "GET", path: "/admin/privacy/audience", role: OFFICER },
  { method: "GET", path: "/admin/privacy/data-map", role: null },
  { method: "GET", path: "/admin/privacy/records", role: null },
  // The preview is the retention run's dry run; run reports name customers by number.
  { method: "GET", path: "/admin/privacy/retention/preview", role: AGENT },
  { method: "GET", path: "/admin/privacy/retention/runs", role: AGENT },
  { method: "POST", path: "/admin/privacy/retention/runs", role: OFFICER },
  { method: "GET", path: "/admin/privacy/retention/runs/:id", role: AGENT },
  // Data subject requests: agents record, verify and progress them; officers erase and refuse, and
  // complete a request that asks for erasure (checked by the complete route, which knows the rights).
  { method: "GET", path: "/admin/privacy/requests", role: AGENT },
  { method: "POST", path: "/admin/privacy/requests", role: AGENT },
  { method: "GET", path: "/admin/privacy/requests/:id", role: AGENT },
  { method: "GET", path: "/admin/privacy/request-stats", role: AGENT },
  ...["verify", "pause", "resume", "extend", "complete", "withdraw", "notes", "export", "object", "restrict", "links"].map((action) => requestAction(action)),
  requestAction("refuse", OFFICER),
  requestAction("lift-restriction", OFFICER),
  requestAction("erase", requestErasureRole),
  // Recipients and disclosures: the register is no one's data; agents read the log and record
  // disclosures; officers close the Art. 19 tasks.
  { method: "GET", path: "/admin/privacy/recipients", role: null },
  { method: "GET", path: "/admin/privacy/recipients/:id/disclosures", role: AGENT },
  { method: "GET", path: "/admin/customers/:id/privacy/disclosures", role: AGENT },
  { method: "POST", path: "/admin/customers/:id/privacy/disclosures", role: AGENT },
  { method: "GET", path: "/admin/privacy/recipient-tasks", role: AGENT },
  { method: "POST", path: "/admin/privacy/recipient-tasks/:id", role: OFFICER },
  { method: "GET", path: "/admin/privacy/staff", role: OFFICER },
  // The caller's own role, so the dashboard can leave out what it would refuse.
  { method: "GET", path: "/admin/privacy/staff/me", role: null },
  { method: "POST", path: "/admin/privacy/staff", role: OFFICER },
  { method: "DELETE", path: "/admin/privacy/staff/:user_id", role: OFFICER },
]
