import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import { takeLease } from "../lock-lease"

const KEY = "privacy:retention-run"
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const takenBy = async (locking: InMemoryLockingProvider, ownerId: string) =>
  locking.acquire(KEY, { ownerId, expire: 60 }).then(
    () => true,
    () => false
  )

describe("the retention run's lock lease", () => {
  it("is renewed while its holder lives, so nobody else takes it after the lease time", async () => {
    const locking = new InMemoryLockingProvider()
    const lease = await takeLease(locking, KEY, "run-1", { seconds: 0.6 })
    await wait(1300)
    expect(lease.lost).toBe(false)
    expect(await takenBy(locking, "run-2")).toBe(false)
    await lease.release()
    expect(await takenBy(locking, "run-2")).toBe(true)
  })

  it("lapses within the lease time once its holder stops renewing it, as a dead process does", async () => {
    const locking = new InMemoryLockingProvider()
    const lease = await takeLease(locking, KEY, "run-1", { seconds: 0.6 })
    lease.abandon()
    expect(await takenBy(locking, "run-2")).toBe(false)
    await wait(700)
    expect(await takenBy(locking, "run-2")).toBe(true)
  })

  it("says so when a renewal fails, so the holder stops before another takes over", async () => {
    const locking = new InMemoryLockingProvider()
    let storeDown = false
    // The lock store becomes unreachable mid-run (a Redis outage, say).
    const flaky = {
      acquire: (key: string | string[], args?: { ownerId?: string | null; expire?: number }) =>
        storeDown ? Promise.reject(new Error("Connection is closed.")) : locking.acquire(key, args),
      release: (key: string | string[], args?: { ownerId?: string | null }) => locking.release(key, args),
    }
    const lost: unknown[] = []
    const lease = await takeLease(flaky, KEY, "run-1", { seconds: 0.6, onLost: (error) => lost.push(error) })
    storeDown = true
    await wait(500)
    expect(lease.lost).toBe(true)
    expect(lost).toHaveLength(1)
    await lease.release()
  })

  it("cannot be taken while another holder's lease lives", async () => {
    const locking = new InMemoryLockingProvider()
    const first = await takeLease(locking, KEY, "run-1", { seconds: 0.6 })
    await expect(takeLease(locking, KEY, "run-2", { seconds: 0.6 })).rejects.toThrow(/Failed to acquire lock/)
    await first.release()
  })
})
