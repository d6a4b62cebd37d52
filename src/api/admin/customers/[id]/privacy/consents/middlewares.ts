import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRecordConsent } from "./validators"

export const adminCustomerConsentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/privacy/consents",
    middlewares: [validateAndTransformBody(AdminRecordConsent)],
  },
]
