import type { MedusaRequest } from "@medusajs/framework/http"
import { ADMIN_ROUTE_ROLES, type RouteRole } from "./admin-route-roles"

/**
 * The plugin's role table restated as Medusa RBAC policies, so that a store
 * running Medusa's (licensed) RBAC can build roles with the same matrix. The
 * policies are derived from ADMIN_ROUTE_ROLES and never written by hand, so
 * the two cannot drift. Medusa only checks them with `MEDUSA_FF_RBAC` on; the
 * plugin's own guard runs in any case.
 */
export type PrivacyPolicy = { resource: string; operation: "read" | "create" | "update" | "delete" }

export type PrivacyPolicyDefinition = PrivacyPolicy & { name: string; description: string }

/** One resource per plugin area, the longest matching path first. */
const AREAS: [prefix: string, resource: string][] = [
  ["/admin/customers/:id/privacy/consents", "privacy_consent"],
  ["/admin/customers/:id/privacy/disclosures", "privacy_disclosure"],
  ["/admin/customers/:id/privacy/erasure", "privacy_erasure"],
  ["/admin/customers/:id/privacy/exports", "privacy_export"],
  ["/admin/customers/:id/privacy", "privacy_profile"],
  ["/admin/privacy/access-log", "privacy_access_log"],
  ["/admin/privacy/audience", "privacy_audience"],
  // An officer's decisions on a request, apart from what agents do with it, so a role can hold one and not the other.
  ["/admin/privacy/requests/:id/refuse", "privacy_request_decision"],
  ["/admin/privacy/requests/:id/lift-restriction", "privacy_request_decision"],
  ["/admin/privacy/requests/:id/erase", "privacy_erasure"],
  ["/admin/privacy/requests", "privacy_request"],
  ["/admin/privacy/request-stats", "privacy_request"],
  ["/admin/privacy/recipients", "privacy_disclosure"],
  ["/admin/privacy/recipient-tasks", "privacy_recipient_task"],
  ["/admin/privacy/retention", "privacy_retention"],
  ["/admin/privacy/staff", "privacy_staff"],
]

const METHOD_OPERATION: Record<RouteRole["method"], PrivacyPolicy["operation"]> = { GET: "read", POST: "create", DELETE: "delete" }

/** POST routes that change what exists rather than add to it. */
export const UPDATE_ROUTES = [
  "POST /admin/customers/:id/privacy",
  "POST /admin/customers/:id/privacy/exports/:export_id/retry",
  "POST /admin/privacy/recipient-tasks/:id",
  ...["verify", "pause", "resume", "extend", "complete", "refuse", "withdraw", "lift-restriction"].map((action) => `POST /admin/privacy/requests/:id/${action}`),
]

export const routeKey = (route: Pick<RouteRole, "method" | "path">) => `${route.method} ${route.path}`

export function resourceOf(path: string): string {
  const area = AREAS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))
  if (!area) {
    throw new Error(`The admin route ${path} belongs to no privacy policy resource: add its area to AREAS in admin-route-policies.ts`)
  }
  return area[1]
}

function operationOf(route: RouteRole): PrivacyPolicy["operation"] {
  return UPDATE_ROUTES.includes(routeKey(route)) ? "update" : METHOD_OPERATION[route.method]
}

/**
 * The policy a request needs. A route whose role is decided per request lets
 * an agent make the officer's call only when it changes nothing (an erasure's
 * dry run), so such a request asks to read.
 */
export function requestPolicy(route: RouteRole, req: MedusaRequest): PrivacyPolicy {
  const resource = resourceOf(route.path)
  if (typeof route.role === "function" && route.role(req) !== "privacy_officer") {
    return { resource, operation: "read" }
  }
  return { resource, operation: operationOf(route) }
}

/** Every policy a route may ask for; none for a route open to all staff. */
export function routePolicies(route: RouteRole): PrivacyPolicy[] {
  if (route.role === null) {
    return []
  }
  const policy: PrivacyPolicy = { resource: resourceOf(route.path), operation: operationOf(route) }
  return typeof route.role === "function" && policy.operation !== "read" ? [policy, { resource: policy.resource, operation: "read" }] : [policy]
}

const pascal = (text: string) => text.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())

/** The definitions the plugin ships in `src/policies`, named as Medusa names its own (`ReadCustomer`). */
export function privacyPolicyDefinitions(routes: RouteRole[] = ADMIN_ROUTE_ROLES): PrivacyPolicyDefinition[] {
  const byKey = new Map<string, PrivacyPolicyDefinition>()
  for (const policy of routes.flatMap(routePolicies)) {
    const name = `${pascal(policy.operation)}${pascal(policy.resource)}`
    byKey.set(`${policy.resource}:${policy.operation}`, { ...policy, name, description: `${pascal(policy.operation)} ${policy.resource.replace(/_/g, " ")}` })
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name))
}
