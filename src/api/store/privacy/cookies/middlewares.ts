import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetCookieDeclaration } from "./validators"

export const storeCookieDeclarationMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/privacy/cookies", middlewares: [validateAndTransformQuery(StoreGetCookieDeclaration, {})] },
]
