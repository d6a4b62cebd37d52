import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { accessLogMiddleware } from "./access-log-middleware"
import { ADMIN_ROUTE_ROLES } from "./admin-route-roles"
import { requireStaffRole, restrictCoreRoute } from "./staff-role"

/** Matchers of core routes that carry customers' data, closed by `access.restrictCoreRoutes`. */
const CORE_CUSTOMER_ROUTES = ["/admin/customers*", "/admin/orders*"]

function guardFor(role: Exclude<(typeof ADMIN_ROUTE_ROLES)[number]["role"], null>) {
  if (typeof role === "string") {
    return requireStaffRole(role)
  }
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => requireStaffRole(role(req))(req, res, next)
}

/** Where the logged routes (logged-routes.ts) live; the middleware picks its routes by method and path itself. */
const LOGGED_AREAS = ["/admin/customers*", "/admin/orders*", "/admin/notifications*", "/admin/privacy/audience", "/admin/privacy/retention/preview", "/admin/privacy/access-log", "/privacy/exports/download"]

/**
 * The access log first, so that it also records the calls a guard refuses;
 * then the role guards, so that a caller without the role learns nothing from validation errors.
 */
export const staffAccessMiddlewares: MiddlewareRoute[] = [
  ...LOGGED_AREAS.map((matcher) => ({ matcher, middlewares: [accessLogMiddleware()] })),
  ...CORE_CUSTOMER_ROUTES.map((matcher) => ({ matcher, middlewares: [restrictCoreRoute()] })),
  ...ADMIN_ROUTE_ROLES.filter((route) => route.role !== null).map((route) => ({
    method: [route.method],
    matcher: route.path,
    middlewares: [guardFor(route.role!)],
  })),
]
