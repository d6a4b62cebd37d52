import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListAccessLogQuery } from "./validators"

export const adminAccessLogMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/access-log", middlewares: [validateAndTransformQuery(AdminListAccessLogQuery, {})] },
]
