import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRequestExport } from "./validators"

export const adminCustomerExportMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/customers/:id/privacy/exports", middlewares: [validateAndTransformBody(AdminRequestExport)] },
]
