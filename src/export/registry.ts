import { addressesSection } from "./sections/addresses"
import { cartsSection } from "./sections/carts"
import { consentsSection } from "./sections/consents"
import { customerSection } from "./sections/customer"
import { loginIdentitiesSection } from "./sections/login-identities"
import { notificationsSection } from "./sections/notifications"
import { ordersSection } from "./sections/orders"
import { paymentAccountsSection } from "./sections/payment-accounts"
import { privacyExportsSection } from "./sections/privacy-exports"
import { privacyProfileSection, profileChangesSection } from "./sections/privacy-profile"
import type { ExportSection } from "./types"

/** The export, in the order it is written. Adding a kind of data is one section file and one line here. */
export const EXPORT_SECTIONS: ExportSection[] = [
  customerSection,
  addressesSection,
  privacyProfileSection,
  profileChangesSection,
  consentsSection,
  loginIdentitiesSection,
  paymentAccountsSection,
  ordersSection,
  cartsSection,
  notificationsSection,
  privacyExportsSection,
]
