import { defineMiddlewares } from "@medusajs/framework/http"
import { customerSignInMiddlewares } from "./auth/track-customer-sign-in"
import { adminPrivacyProfileMiddlewares } from "./admin/customers/[id]/privacy/middlewares"
import { adminProcessingRecordMiddlewares } from "./admin/privacy/records/middlewares"
import { storePrivacyNoticeMiddlewares } from "./store/privacy/notice/middlewares"
import { storeCustomerConsentMiddlewares } from "./store/customers/me/privacy/consents/middlewares"
import { storeSubscribeMiddlewares } from "./store/privacy/consents/middlewares"
import { adminCustomerConsentMiddlewares } from "./admin/customers/[id]/privacy/consents/middlewares"
import { adminAudienceMiddlewares } from "./admin/privacy/audience/middlewares"
import { storeCustomerExportMiddlewares } from "./store/customers/me/privacy/exports/middlewares"
import { adminCustomerExportMiddlewares } from "./admin/customers/[id]/privacy/exports/middlewares"
import { storePrivacyProfileMiddlewares } from "./store/customers/me/privacy/middlewares"
import { storeCloseAccountMiddlewares } from "./store/customers/me/privacy/erasure/middlewares"
import { adminEraseCustomerMiddlewares } from "./admin/customers/[id]/privacy/erasure/middlewares"
import { adminRetentionMiddlewares } from "./admin/privacy/retention/middlewares"
import { adminStaffMiddlewares } from "./admin/privacy/staff/middlewares"
import { staffAccessMiddlewares } from "./access/middlewares"
import { adminAccessLogMiddlewares } from "./admin/privacy/access-log/middlewares"
import { adminRequestMiddlewares } from "./admin/privacy/requests/middlewares"
import { storeRequestMiddlewares } from "./store/privacy/requests/middlewares"
import { adminRecipientMiddlewares } from "./admin/privacy/recipients/middlewares"
import { storeCookieDeclarationMiddlewares } from "./store/privacy/cookies/middlewares"
import { storeCookieChoiceMiddlewares } from "./store/privacy/cookie-consents/middlewares"

export default defineMiddlewares({
  routes: [
    // Role guards first: a caller without the role is refused before anything else runs.
    ...staffAccessMiddlewares,
    ...customerSignInMiddlewares,
    ...storePrivacyProfileMiddlewares,
    ...adminPrivacyProfileMiddlewares,
    ...storePrivacyNoticeMiddlewares,
    ...adminProcessingRecordMiddlewares,
    ...storeCustomerConsentMiddlewares,
    ...storeSubscribeMiddlewares,
    ...adminCustomerConsentMiddlewares,
    ...adminAudienceMiddlewares,
    ...storeCustomerExportMiddlewares,
    ...adminCustomerExportMiddlewares,
    ...storeCloseAccountMiddlewares,
    ...adminEraseCustomerMiddlewares,
    ...adminRetentionMiddlewares,
    ...adminStaffMiddlewares,
    ...adminAccessLogMiddlewares,
    ...adminRequestMiddlewares,
    ...storeRequestMiddlewares,
    ...adminRecipientMiddlewares,
    ...storeCookieDeclarationMiddlewares,
    ...storeCookieChoiceMiddlewares,
  ],
})
