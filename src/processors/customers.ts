import { byColumn, byCondition } from "./define"
import { CUSTOMERS } from "./sets"

export const customerProcessors = [
  byColumn("customer", "customer", "customer", "id"),
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
