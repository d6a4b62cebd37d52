import { openTasksStatement } from "../modules/privacy/disclosures/task-store"
import { anyOf, CUSTOMERS, ORDERS, SUBJECTS, when } from "./sets"
import type { Processor } from "./types"

/**
 * The disclosure log: what went to whom about the person, found by the
 * person's accounts, consent subjects and orders (the orders release it when
 * their bookkeeping ends). Erasing the person opens an Art. 19 task for each
 * recipient the log names, in the erasure's transaction, before anything
 * else can change the log.
 */
export const disclosureProcessors: Processor[] = [
  {
    table: "privacy_disclosure",
    section: "disclosures",
    finds: (sets) =>
      anyOf(
        when(sets, "customer", `t.customer_id IN ${CUSTOMERS}`),
        when(sets, "subject", `t.subject_id IN ${SUBJECTS}`),
        when(sets, "order", `t.order_id IN ${ORDERS}`)
      ),
    fromOrders: true,
    relations: {
      recipient_id: "t.recipient_id",
      data_categories: "t.data_categories",
      occasion: "t.occasion",
      legal_basis: "t.legal_basis",
      disclosed_at: "t.disclosed_at",
      order_id: "t.order_id",
    },
    alsoErase: (sets) => (sets.empty("customer") ? [] : [openTasksStatement(CUSTOMERS, "erasure")]),
  },
  {
    table: "privacy_recipient_task",
    section: "disclosures",
    finds: (sets) => when(sets, "customer", `t.customer_id IN ${CUSTOMERS}`),
    relations: { recipient_id: "t.recipient_id", request_id: "t.request_id", created_at: "t.created_at" },
  },
]
