import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCloseAccount } from "./validators"

export const storeCloseAccountMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers/me/privacy/erasure",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCloseAccount)],
  },
]
