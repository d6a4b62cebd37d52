import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRecordConsent } from "./validators"

export const storeCustomerConsentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/customers/me/privacy/consents",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/privacy/consents",
    middlewares: [validateAndTransformBody(StoreRecordConsent)],
  },
]
