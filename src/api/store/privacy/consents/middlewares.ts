import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSubscribe } from "./validators"

export const storeSubscribeMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/privacy/consents", middlewares: [validateAndTransformBody(StoreSubscribe)] },
]
