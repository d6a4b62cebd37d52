import { defineMiddlewares } from "@medusajs/framework/http"
import { customerSignInMiddlewares } from "./auth/track-customer-sign-in"
import { adminPrivacyProfileMiddlewares } from "./admin/customers/[id]/privacy/middlewares"
import { storePrivacyProfileMiddlewares } from "./store/customers/me/privacy/middlewares"

export default defineMiddlewares({
  routes: [
    ...customerSignInMiddlewares,
    ...storePrivacyProfileMiddlewares,
    ...adminPrivacyProfileMiddlewares,
  ],
})
