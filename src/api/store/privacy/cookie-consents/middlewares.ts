import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRecordCookieChoice } from "./validators"

export const storeCookieChoiceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/privacy/cookie-consents",
    // Anyone may choose; a signed-in customer's choice is linked to them.
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreRecordCookieChoice)],
  },
]
