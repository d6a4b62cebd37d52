import { mayGrantAfterWithdrawal } from "./rules"
import type { ConsentEventRow } from "./ledger-store"

/**
 * The state a history leads to, replayed in ledger order under the rule of
 * Art. 21(3): a grant that is not the person's own act never undoes an
 * objection, wherever it was recorded. One event per purpose and channel.
 */
export function replayConsents(eventsInOrder: ConsentEventRow[]): ConsentEventRow[] {
  const decided = new Map<string, ConsentEventRow>()
  for (const event of eventsInOrder) {
    const key = `${event.purpose} ${event.channel}`
    const objected = decided.get(key)?.action === "withdrawn"
    if (event.action === "granted" && objected && !mayGrantAfterWithdrawal(event.source, event.actor_type)) {
      continue
    }
    decided.set(key, event)
  }
  return [...decided.values()]
}
