import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreRequestExport } from "./validators"

export const storeCustomerExportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/customers/me/privacy/exports*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/privacy/exports",
    middlewares: [validateAndTransformBody(StoreRequestExport)],
  },
]
