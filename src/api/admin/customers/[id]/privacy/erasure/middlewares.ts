import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminEraseCustomer } from "./validators"

export const adminEraseCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/customers/:id/privacy/erasure", middlewares: [validateAndTransformBody(AdminEraseCustomer)] },
]
