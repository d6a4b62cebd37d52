import { wrapWithPoliciesCheck, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { FeatureFlag } from "@medusajs/framework/utils"
import { accessLogMiddleware } from "./access-log-middleware"
import { ADMIN_ROUTE_ROLES, type RouteRole } from "./admin-route-roles"
import { requestPolicy, routePolicies } from "./admin-route-policies"
import { requireStaffRole, restrictCoreRoute } from "./staff-role"

/** Matchers of core routes that carry customers' data, closed by `access.restrictCoreRoutes`. */
const CORE_CUSTOMER_ROUTES = ["/admin/customers*", "/admin/orders*"]

type GuardedRoute = RouteRole & { role: Exclude<RouteRole["role"], null> }

/**
 * A role fixed per route gets its policy through Medusa's `policies` field,
 * which Medusa's router checks only with the `rbac` feature flag on. A role
 * decided per request cannot be declared there, so the guard asks Medusa's own
 * check for the policy of this request, under the same flag.
 */
function guardFor(route: GuardedRoute): Pick<MiddlewareRoute, "middlewares" | "policies"> {
  const { role } = route
  if (typeof role === "string") {
    return { middlewares: [requireStaffRole(role)], policies: routePolicies(route) }
  }
  const guard = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => requireStaffRole(role(req))(req, res, next)
  return {
    middlewares: [
      (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
        FeatureFlag.isFeatureEnabled("rbac") ? wrapWithPoliciesCheck(guard, requestPolicy(route, req))(req, res, next) : guard(req, res, next),
    ],
  }
}

/** Where the logged routes (logged-routes.ts) live; the middleware picks its routes by method and path itself. */
const LOGGED_AREAS = ["/admin/customers*", "/admin/orders*", "/admin/notifications*", "/admin/privacy/audience", "/admin/privacy/retention/preview", "/admin/privacy/access-log", "/admin/privacy/requests*", "/privacy/exports/download"]

/**
 * The access log first, so that it also records the calls a guard refuses;
 * then the role guards, so that a caller without the role learns nothing from validation errors.
 */
export const staffAccessMiddlewares: MiddlewareRoute[] = [
  ...LOGGED_AREAS.map((matcher) => ({ matcher, middlewares: [accessLogMiddleware()] })),
  ...CORE_CUSTOMER_ROUTES.map((matcher) => ({ matcher, middlewares: [restrictCoreRoute()] })),
  ...ADMIN_ROUTE_ROLES.filter((route): route is GuardedRoute => route.role !== null).map((route) => ({
    method: [route.method],
    matcher: route.path,
    ...guardFor(route),
  })),
]
