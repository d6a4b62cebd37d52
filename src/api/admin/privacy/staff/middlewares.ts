import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGrantStaffRole, AdminListStaff } from "./validators"

export const adminStaffMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/staff", middlewares: [validateAndTransformQuery(AdminListStaff, {})] },
  { method: ["POST"], matcher: "/admin/privacy/staff", middlewares: [validateAndTransformBody(AdminGrantStaffRole)] },
]
