import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ErasureTrigger } from "../modules/privacy/lib/constants"
import { ERASURE_EVENT_SOURCE, PrivacyEvents } from "../modules/privacy/lib/events"
import { announceRecipientTasksStep } from "./steps/announce-recipient-tasks"
import { completeErasuresStep } from "./steps/complete-erasures"
import { deleteExportFilesStep } from "./steps/delete-export-files"
import { eraseCustomerRecordsStep } from "./steps/erase-customer-records"
import { prepareErasuresStep } from "./steps/prepare-erasures"

export type EraseCustomersInput = {
  customer_ids: string[]
  trigger: ErasureTrigger
  actor: { type: "customer" | "user" | "api-key" | "system"; id?: string | null }
  reason?: string | null
  run_id?: string | null
  /** The clock periods are judged by (ISO time); tests move it forward. */
  now?: string
}

/**
 * The one erasure (GDPR Art. 17) that account closure, staff and the
 * retention sweep all run: record it (or the holds that block it), delete
 * the export files, erase every mapped record (and mark the customer rows
 * deleted) in one transaction, let the privacy module record the outcome,
 * then announce `customer.deleted`, as core's delete flow does, and
 * `privacy.customer.erased`.
 * Shops extend it through the `customersErased` hook.
 */
export const eraseCustomersWorkflow = createWorkflow("privacy-erase-customers", (input: EraseCustomersInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
  const prepared = prepareErasuresStep(
    transform({ input, now }, ({ input, now }) => ({
      customer_ids: input.customer_ids,
      trigger: input.trigger,
      actor: input.actor,
      reason: input.reason ?? null,
      run_id: input.run_id ?? null,
      now,
    }))
  )
  // The workflow SDK copies every transform's inputs whole; the steps after read the ids alone, not
  // the prepared records (a retention batch has thousands).
  const erasing = transform({ prepared }, ({ prepared }) => ({
    customer_ids: prepared.erasable.map((row) => row.customer_id),
    erasure_ids: prepared.erasable.map((row) => row.erasure_id),
  }))
  deleteExportFilesStep(transform({ erasing }, ({ erasing }) => erasing.customer_ids))
  const erased = eraseCustomerRecordsStep(transform({ erasing, now }, ({ erasing, now }) => ({ customer_ids: erasing.customer_ids, now })))
  completeErasuresStep(
    transform({ erasing, erased, now }, ({ erasing, erased, now }) => ({
      erasure_ids: erasing.erasure_ids,
      customer_ids: erased.customer_ids,
      kept: erased.kept.map((order) => ({ order_id: order.order_id, customer_id: order.customer_id, release_at: order.release_at })),
      // A batch's rows per table are the run's (its report adds them up), not each customer's: the
      // record of one customer erased in a batch of thousands says how large the batch was.
      counts: erasing.erasure_ids.length === 1 ? erased.counts : { customers: erasing.erasure_ids.length },
      now,
    }))
  )
  announceRecipientTasksStep(transform({ erased }, ({ erased }) => erased.customer_ids))
  emitEventStep({
    eventName: CustomerWorkflowEvents.DELETED,
    data: transform({ erased }, ({ erased }) => erased.deleted_ids.map((id) => ({ id }))),
    metadata: ERASURE_EVENT_SOURCE,
  }).config({ name: "emit-customer-deleted" })
  emitEventStep({
    eventName: PrivacyEvents.CUSTOMER_ERASED,
    data: transform({ prepared }, ({ prepared }) =>
      prepared.erasable.map((row) => ({ id: row.customer_id, customer_number: row.customer_number, erasure_id: row.erasure_id }))
    ),
  }).config({ name: "emit-customer-erased" })
  const customersErased = createHook("customersErased", {
    customer_ids: transform({ erasing }, ({ erasing }) => erasing.customer_ids),
    erasure_ids: transform({ erasing }, ({ erasing }) => erasing.erasure_ids),
  })
  return new WorkflowResponse(
    transform({ prepared, erased }, ({ prepared, erased }) => ({
      erased: prepared.erasable,
      blocked: prepared.blocked,
      already_erased: prepared.already_erased,
      counts: erased.counts,
      kept: erased.kept,
    })),
    { hooks: [customersErased] }
  )
})
