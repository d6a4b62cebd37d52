import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetProcessingRecord } from "./validators"

export const adminProcessingRecordMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/privacy/records",
    middlewares: [validateAndTransformQuery(AdminGetProcessingRecord, {})],
  },
]
