import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRIVACY_MODULE } from "../modules/privacy"
import type PrivacyModuleService from "../modules/privacy/service"
import { ACCESS_LOG_CUSTOMER_CAP, type AccessLogInput } from "../modules/privacy/lib/access-log"

/** An access waiting to be written; orders whose customer the response did not show are looked up first. */
export type PendingAccess = Omit<AccessLogInput, "customer_ids" | "customer_count"> & { customers: string[]; orders: string[] }

/** Writes are batched: a request only queues its entry, and one statement writes many. */
const FLUSH_MS = 250
const BATCH_MAX = 500
/** Entries kept while the database refuses them; past this the oldest wait is reported and dropped. */
const QUEUE_MAX = 50_000
const RETRY_MAX_MS = 30_000

/**
 * The access log's writer in this process. Requests hand their entry over and
 * return at once: the entry is written within a quarter of a second, by one
 * transaction per batch, so logging never slows or fails the request it
 * records. A failed write is retried with growing pauses; the process's
 * shutdown waits for what is queued.
 */
export class AccessRecorder {
  private queue: PendingAccess[] = []
  private timer: NodeJS.Timeout | null = null
  private draining: Promise<void> = Promise.resolve()
  private failures = 0
  /** Set once an entry was dropped, so a database that stays down logs one error, not one per request. */
  private dropping = false

  constructor(
    private readonly scope: MedusaContainer,
    private readonly privacy: PrivacyModuleService
  ) {
    privacy.onPrepareShutdown(() => this.flush())
  }

  record(entry: PendingAccess): void {
    if (this.queue.length >= QUEUE_MAX) {
      this.queue.shift()
      if (!this.dropping) {
        this.dropping = true
        this.logger().error(`privacy: the access log's queue is full (${QUEUE_MAX} entries): its oldest entries are being dropped until the database takes writes again`)
      }
    }
    this.queue.push(entry)
    this.schedule(this.queue.length >= BATCH_MAX ? 0 : FLUSH_MS)
  }

  /** Writes everything queued so far; readers of the log call it to see their own accesses. */
  flush(): Promise<void> {
    this.draining = this.draining.then(() => this.drain())
    return this.draining
  }

  private schedule(delay: number): void {
    if (this.timer) {
      return
    }
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, delay)
    this.timer.unref()
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH_MAX)
      try {
        await this.privacy.appendAccessLog(await this.withCustomers(batch))
        this.failures = 0
        this.dropping = false
      } catch (error) {
        this.queue.unshift(...batch)
        this.failures++
        const code = (error as { code?: string }).code ?? (error as Error).name
        // The code only: a driver's message can carry the bound values.
        this.logger().warn(`privacy: ${this.queue.length} access-log entries are not written yet (${code}); retrying`)
        this.schedule(Math.min(RETRY_MAX_MS, 500 * 2 ** this.failures))
        return
      }
    }
  }

  /** One lookup per batch for the orders' customers, then the caps. */
  private async withCustomers(batch: PendingAccess[]): Promise<AccessLogInput[]> {
    const orderIds = [...new Set(batch.flatMap((entry) => entry.orders))]
    const owners = new Map<string, string>()
    if (orderIds.length) {
      const query = this.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderIds } })
      for (const order of data as { id: string; customer_id: string | null }[]) {
        if (order.customer_id) owners.set(order.id, order.customer_id)
      }
    }
    return batch.map(({ customers, orders, ...entry }) => {
      const all = [...new Set([...customers, ...orders.map((id) => owners.get(id)).filter((id): id is string => !!id)])]
      return { ...entry, customer_ids: all.slice(0, ACCESS_LOG_CUSTOMER_CAP), customer_count: all.length }
    })
  }

  private logger() {
    return this.scope.resolve(ContainerRegistrationKeys.LOGGER)
  }
}

let current: AccessRecorder | undefined

/**
 * The process's recorder. One per process: the container a route sees and
 * the one a workflow step sees may hand out different wrappers of the same
 * module, so the recorder is not keyed on either.
 */
export function accessRecorder(scope: MedusaContainer): AccessRecorder {
  current ??= new AccessRecorder(scope, scope.resolve<PrivacyModuleService>(PRIVACY_MODULE))
  return current
}
