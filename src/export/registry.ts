import type { DataMapEntry } from "../modules/privacy/data-map/types"
import { addressesSection } from "./sections/addresses"
import { cartsSection } from "./sections/carts"
import { consentHistorySection, consentsSection, doubleOptInsSection } from "./sections/consents"
import { customerSection } from "./sections/customer"
import { customTables, customTablesSection } from "./sections/custom-tables"
import { loginIdentitiesSection } from "./sections/login-identities"
import { notificationsSection } from "./sections/notifications"
import { ordersSection } from "./sections/orders"
import { paymentAccountsSection } from "./sections/payment-accounts"
import { privacyExportsSection } from "./sections/privacy-exports"
import { privacyProfileSection, profileChangesSection } from "./sections/privacy-profile"
import type { ExportSection } from "./types"

/** The built-in sections, in the order they are written. Adding a kind of data is one section file and one line here. */
export const EXPORT_SECTIONS: ExportSection[] = [
  customerSection,
  addressesSection,
  privacyProfileSection,
  profileChangesSection,
  consentsSection,
  consentHistorySection,
  doubleOptInsSection,
  loginIdentitiesSection,
  paymentAccountsSection,
  ordersSection,
  cartsSection,
  notificationsSection,
  privacyExportsSection,
]

/** The sections of an export under the shop's data map: the built-in ones and the merchant's own tables. */
export function exportSections(entries: readonly DataMapEntry[]): ExportSection[] {
  const own = customTables(entries)
  return own.length ? [...EXPORT_SECTIONS, customTablesSection(own)] : EXPORT_SECTIONS
}
