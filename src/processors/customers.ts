import { byColumn, byCondition } from "./define"
import { CUSTOMERS } from "./sets"

export const customerProcessors = [
  // Marked deleted as core's delete flow does; customer.deleted is announced for these rows afterwards.
  byColumn("customer", "customer", "customer", "id", { marksErased: { deleted_at: "coalesce(t.deleted_at, $now)", has_account: "false" } }),
  byColumn("customer_address", "addresses", "customer", "customer_id", { relations: { customer_id: "t.customer_id" } }),
  byColumn("customer_group_customer", "customer", "customer", "customer_id", {
    relations: {
      customer_id: "t.customer_id",
      customer_group: "(SELECT g.name FROM customer_group g WHERE g.id = t.customer_group_id)",
    },
  }),
  byCondition("account_holder", "payment_accounts", "customer", `t.id IN (SELECT account_holder_id FROM customer_account_holder WHERE customer_id IN ${CUSTOMERS})`, {
    // The links go with the payment accounts they point at.
    alsoErase: (sets) => (sets.empty("customer") ? [] : [`DELETE FROM customer_account_holder WHERE customer_id IN ${CUSTOMERS}`]),
    relations: { provider_id: "t.provider_id" },
  }),
]
