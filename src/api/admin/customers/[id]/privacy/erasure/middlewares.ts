import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ErasureQuery } from "../../../../../utils/erasure"
import { AdminEraseCustomer } from "./validators"

export const adminEraseCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/customers/:id/privacy/erasure", middlewares: [validateAndTransformQuery(ErasureQuery, {}), validateAndTransformBody(AdminEraseCustomer)] },
]
