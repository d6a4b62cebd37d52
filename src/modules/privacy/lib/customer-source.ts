import type { CustomerSource } from "./constants"

/**
 * Where a customer came from, read off what Medusa records: a storefront
 * sign-up has an account, staff-created customers carry `created_by`, and a
 * guest checkout leaves neither.
 */
export function inferCustomerSource(customer: {
  has_account?: boolean | null
  created_by?: string | null
}): CustomerSource {
  if (customer.has_account) {
    return "storefront"
  }
  return customer.created_by ? "admin" : "checkout"
}
