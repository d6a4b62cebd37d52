import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ERASURE_EVENT_SOURCE } from "../modules/privacy/lib/events"
import { completeErasuresStep } from "./steps/complete-erasures"
import { eraseAddressRecordsStep } from "./steps/erase-address-records"
import { prepareAddressErasureStep } from "./steps/prepare-address-erasure"
import { validateAddressPersonStep } from "./steps/validate-address-person"

export type EraseAddressInput = {
  /** A verified address that belongs to no customer account. */
  email: string
  dry_run?: boolean
  actor: { type: "user" | "api_key"; id: string }
  /** The clock periods are judged by (ISO time); tests move it forward. */
  now?: string
}

/**
 * The erasure (GDPR Art. 17) of a person without an account, by their
 * verified address: their guest customer rows, sign-ups and messages and what
 * follows from them, as the data map says, through the same processors as a
 * customer's erasure. The result is the dry run's summary (what goes, what is
 * kept, why and until when), with `erased` true once it was done; a hold (an
 * order still open, a restriction) leaves it recorded as blocked. `held` is
 * false when nothing at all is held about the address: nothing is recorded.
 * The record keeps the address only as a keyed hash.
 */
export const eraseAddressWorkflow = createWorkflow("privacy-erase-address", (input: EraseAddressInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
  const person = validateAddressPersonStep(input.email)
  const prepared = prepareAddressErasureStep(
    transform({ input, person, now }, ({ input, person, now }) => ({
      email: person.email,
      held: person.held,
      dry_run: !!input.dry_run,
      actor: { type: input.actor.type === "api_key" ? ("api-key" as const) : ("user" as const), id: input.actor.id },
      now,
    }))
  )
  const erased = when("address-erasable", { prepared }, ({ prepared }) => !!prepared?.erasing).then(() => {
    const records = eraseAddressRecordsStep(transform({ person, now }, ({ person, now }) => ({ email: person.email, now })))
    completeErasuresStep(
      transform({ prepared, records, now }, ({ prepared, records, now }) => ({
        erasure_ids: [prepared.erasure_id!],
        customer_ids: records.customer_ids,
        export_ids: records.export_ids,
        kept: records.kept.map((order) => ({ order_id: order.order_id, customer_id: order.customer_id, release_at: order.release_at })),
        counts: records.counts,
        now,
      }))
    ).config({ name: "complete-privacy-address-erasure" })
    emitEventStep({
      eventName: CustomerWorkflowEvents.DELETED,
      data: transform({ records }, ({ records }) => records.deleted_ids.map((id) => ({ id }))),
      metadata: ERASURE_EVENT_SOURCE,
    }).config({ name: "emit-address-customers-deleted" })
    return records
  })
  const addressErased = createHook("addressErased", {
    erasure_id: transform({ prepared, erased }, ({ prepared, erased }) => (erased ? prepared.erasure_id : null)),
  })
  return new WorkflowResponse(
    transform({ input, person, prepared, erased }, ({ input, person, prepared, erased }) => ({
      held: person.held,
      dry_run: !!input.dry_run,
      erased: !!erased,
      erasure_id: prepared.erasure_id,
      ...prepared.plan,
      counts: erased?.counts ?? [],
      kept: erased?.kept ?? [],
    })),
    { hooks: [addressErased] }
  )
})
