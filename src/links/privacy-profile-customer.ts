import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import PrivacyModule from "../modules/privacy"

/**
 * `privacy_profile.customer` through the profile's own `customer_id`: a
 * read-only link needs no link table, so a profile never dangles apart from
 * its customer and creation is a single insert.
 */
export default defineLink(
  { linkable: PrivacyModule.linkable.privacyProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
