/** The part of the Locking Module a lease needs. */
export type Locking = {
  acquire: (keys: string | string[], args?: { ownerId?: string | null; expire?: number }) => Promise<void>
  release: (keys: string | string[], args?: { ownerId?: string | null }) => Promise<boolean>
}

export type Lease = {
  /** Set when a renewal failed: another process may hold the lock now, so the holder must stop. */
  readonly lost: boolean
  release: () => Promise<void>
  /** Stops renewing without releasing, as a process that dies does (tests use it). */
  abandon: () => void
}

export type LeaseOptions = {
  /** Seconds the lock lives without renewal: the longest a dead holder blocks the next run. */
  seconds?: number
  /** Called once when a renewal fails. */
  onLost?: (error: unknown) => void
}

export const LEASE_SECONDS = 60

/**
 * Takes `key` for `ownerId` with a short expiry and renews it every third of
 * that while the holder lives. Acquiring again with the same owner extends
 * the expiry, in the in-memory, Redis and Postgres providers alike. A holder
 * that dies stops renewing, and the lock lapses within `seconds`.
 */
export async function takeLease(locking: Locking, key: string, ownerId: string, options: LeaseOptions = {}): Promise<Lease> {
  const seconds = options.seconds ?? LEASE_SECONDS
  await locking.acquire(key, { ownerId, expire: seconds })
  let lost = false
  let renewing: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    renewing = locking.acquire(key, { ownerId, expire: seconds }).catch((error) => {
      if (!lost) {
        lost = true
        clearInterval(timer)
        options.onLost?.(error)
      }
    })
  }, Math.max(Math.floor((seconds * 1000) / 3), 100))
  // A lease never keeps a process alive on its own.
  timer.unref()
  return {
    get lost() {
      return lost
    },
    abandon: () => clearInterval(timer),
    release: async () => {
      clearInterval(timer)
      await renewing
      await locking.release(key, { ownerId })
    },
  }
}
