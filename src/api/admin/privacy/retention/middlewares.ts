import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListRetentionRunsQuery, AdminRetentionPreviewQuery } from "./validators"

export const adminRetentionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/retention/preview", middlewares: [validateAndTransformQuery(AdminRetentionPreviewQuery, {})] },
  { method: ["GET"], matcher: "/admin/privacy/retention/runs", middlewares: [validateAndTransformQuery(AdminListRetentionRunsQuery, {})] },
]
