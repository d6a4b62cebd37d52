import { byAddress, CUSTOMERS, emailHash } from "./sets"
import type { PersonSets, Processor } from "./types"

/**
 * The person's data subject requests: those of their accounts, and those made
 * under one of their addresses and verified through it (an unverified request
 * under an address is someone's claim to be its owner, not the owner's).
 * Kept for `retention.requestRecordYears` after they close, whatever happens
 * to the person: they prove the request was answered in time.
 */
function requestCondition(alias: string, sets: PersonSets): string | null {
  const parts: string[] = []
  if (!sets.empty("customer")) parts.push(`${alias}.customer_id IN ${CUSTOMERS}`)
  const address = byAddress(`${alias}.email`, sets)
  if (address) parts.push(`(${alias}.verified_at IS NOT NULL AND (${address}))`)
  return parts.length ? `(${parts.join(" OR ")})` : null
}

export const requestProcessors: Processor[] = [
  { table: "privacy_request", section: "privacy_exports", finds: (sets) => requestCondition("t", sets), relations: { customer_id: "t.customer_id" } },
  {
    table: "privacy_request_event",
    section: "privacy_exports",
    finds: (sets) => {
      const condition = requestCondition("r", sets)
      return condition ? `t.request_id IN (SELECT r.id FROM privacy_request r WHERE ${condition})` : null
    },
    relations: { request_id: "t.request_id" },
  },
  {
    table: "privacy_restriction",
    section: "privacy_exports",
    finds: (sets) => {
      const parts: string[] = []
      if (!sets.empty("customer")) parts.push(`t.customer_id IN ${CUSTOMERS}`)
      if (!sets.empty("email")) parts.push(`t.email_hash IN (SELECT ${emailHash("e.email")} FROM privacy_person_email e)`)
      return parts.length ? `(${parts.join(" OR ")})` : null
    },
    relations: { customer_id: "t.customer_id", request_id: "t.request_id" },
  },
]
