import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import PrivacyModule from "../modules/privacy"

/** `customer.privacy_profile` for `query.graph` reads that start from the customer. */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...PrivacyModule.linkable.privacyProfile.id, primaryKey: "customer_id" },
  { readOnly: true }
)
