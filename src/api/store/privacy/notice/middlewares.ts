import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetPrivacyNotice } from "./validators"

export const storePrivacyNoticeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/privacy/notice",
    middlewares: [validateAndTransformQuery(StoreGetPrivacyNotice, {})],
  },
]
