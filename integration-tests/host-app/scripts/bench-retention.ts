import type { ExecArgs } from "@medusajs/framework/types"
import { runRetention } from "medusa-plugin-privacy/workflows"

/**
 * The retention benchmark's worker: one run, timed by the run itself.
 * `medusa exec ./scripts/bench-retention.ts memory` (with node's --expose-gc)
 * also samples the live heap, collecting garbage before each sample, and
 * reports the heap before the run and the peak during it.
 */
export default async function benchRetention({ container, args }: ExecArgs) {
  const gc = (globalThis as { gc?: () => void }).gc
  const sampling = args[0] === "memory" && gc
  let base = 0
  let peak = 0
  let samples = 0
  let timer: NodeJS.Timeout | undefined
  if (sampling) {
    gc!()
    base = process.memoryUsage().heapUsed
    peak = base
    timer = setInterval(() => {
      gc!()
      samples += 1
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }, 100)
  }
  const result = await runRetention(container, { trigger: "schedule" })
  if (timer) {
    clearInterval(timer)
  }
  const { rows } = await container.resolve("__pg_connection__").raw(`SELECT duration_ms FROM privacy_retention_run WHERE id = ?`, [result.run_id])
  console.log(`BENCH ${JSON.stringify({ status: result.status, counts: result.counts, duration_ms: rows[0].duration_ms, heap_before: sampling ? base : null, peak_heap: sampling ? peak : null, samples })}`)
}
