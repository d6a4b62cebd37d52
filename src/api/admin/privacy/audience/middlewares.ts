import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetAudience } from "./validators"

export const adminAudienceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy/audience", middlewares: [validateAndTransformQuery(AdminGetAudience, {})] },
]
