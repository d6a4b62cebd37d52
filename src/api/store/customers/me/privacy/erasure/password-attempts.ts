import { randomUUID } from "node:crypto"
import type { Locking } from "../../../../../../retention/lock-lease"

export const MAX_PASSWORD_FAILURES = 5
export const FAILURE_WINDOW_SECONDS = 15 * 60

/**
 * Failed password re-checks of account closure, counted per customer in the
 * Locking Module: each failure holds one of five slots for the window. The
 * Locking Module is the store every instance of a shop already shares (with
 * the Redis or Postgres provider; the default in-memory one counts per
 * process), and taking a slot is atomic there, so parallel guesses cannot
 * overshoot the limit. A slot is taken before the password is checked and
 * handed back when it was right.
 */
export async function takeAttemptSlot(locking: Locking, customerId: string): Promise<AttemptSlot | null> {
  const ownerId = `privacy-password:${randomUUID()}`
  for (let slot = 0; slot < MAX_PASSWORD_FAILURES; slot++) {
    const key = `privacy:erasure-password:${customerId}:${slot}`
    try {
      await locking.acquire(key, { ownerId, expire: FAILURE_WINDOW_SECONDS })
    } catch {
      continue
    }
    return {
      succeeded: async () => {
        await locking.release(key, { ownerId })
      },
    }
  }
  return null
}

export type AttemptSlot = {
  /** The password was right: the attempt does not count. */
  succeeded: () => Promise<void>
}
