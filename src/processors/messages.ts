import { anyOf, byAddress, CUSTOMERS, sentToAccount, when } from "./sets"
import type { Processor } from "./types"

/** Workflow states that are over: a run still going is never touched. */
const FINISHED = `('done', 'failed', 'reverted')`

export const messageProcessors: Processor[] = [
  {
    // By the customer's id, or by any address the person had, in whatever case the provider stored it,
    // if it was sent to the account's holder (sentToAccount).
    table: "notification",
    section: "notifications",
    finds: (sets) => {
      const address = byAddress(`t."to"`, sets)
      return anyOf(when(sets, "customer", `t.receiver_id IN ${CUSTOMERS}`), address && `(${address}) AND ${sentToAccount(`t."to"`, "t.created_at")}`)
    },
    relations: { channel: "t.channel", template: "t.template" },
  },
  {
    // Stored runs hold their input. A run is the person's when one of its values is one of their ids or
    // addresses as a whole (never a part of a longer address), an address from when it was theirs (person.ts);
    // the text search only narrows the candidates.
    table: "workflow_execution",
    section: "other_records",
    finds: (sets) =>
      when(
        sets,
        "needle",
        `t.state IN ${FINISHED} AND EXISTS (
           SELECT 1 FROM privacy_person_needle n
            WHERE strpos(lower(t.context::text), n.needle) > 0 AND (n.since IS NULL OR t.created_at >= n.since)
              AND EXISTS (SELECT 1 FROM jsonb_path_query(t.context::jsonb, 'strict $.**') AS v(value)
                           WHERE jsonb_typeof(v.value) = 'string' AND lower(v.value #>> '{}') = n.needle))`
      ),
  },
]
