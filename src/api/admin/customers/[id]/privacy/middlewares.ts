import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpdatePrivacyProfile } from "./validators"

export const adminPrivacyProfileMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/privacy",
    middlewares: [validateAndTransformBody(AdminUpdatePrivacyProfile)],
  },
]
