import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ErasureQuery } from "../../../../../utils/erasure"
import { StoreCloseAccount } from "./validators"

export const storeCloseAccountMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers/me/privacy/erasure",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(ErasureQuery, {}),
      validateAndTransformBody(StoreCloseAccount),
    ],
  },
]
