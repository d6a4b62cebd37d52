import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateRequest } from "./validators"

export const storeRequestMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/privacy/requests",
    // A signed-in customer is verified by the session; anyone else by a link to the address they give.
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreCreateRequest)],
  },
]
