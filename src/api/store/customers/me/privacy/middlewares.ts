import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreUpdatePrivacyProfile } from "./validators"

export const storePrivacyProfileMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/customers/me/privacy",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/privacy",
    middlewares: [validateAndTransformBody(StoreUpdatePrivacyProfile)],
  },
]
