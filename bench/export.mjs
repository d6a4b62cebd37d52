#!/usr/bin/env node
/**
 * The export of a customer with 5,000 orders of 3 items (and of one with 500),
 * among 1,000 orders of other customers. Orders carry addresses, delivery, a
 * captured payment and a shipment with tracking.
 *   1. Time to a finished export (request → ready, the ZIP stored) against the
 *      time to page the same orders through core GET /admin/orders with
 *      customer_id, limit 100 and the same order content (lib/order-fields.mjs),
 *      same run: target ratio ≤ 0.5.
 *   2. Peak growth of the server's live heap during the export (what is still
 *      reachable after a full collection): at 5,000 orders at most 1.5× that
 *      at 500 (streamed, not held in memory). RSS growth is reported beside it.
 *   npm run bench:export [-- --orders 5000 --small 500 --rounds 3]
 */
import { readdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { hostAppDir, medusaBin } from "../scripts/lib/host-app.mjs"
import { run } from "../scripts/lib/run.mjs"
import { freePort } from "../scripts/lib/postgres.mjs"
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { connectInspector } from "./lib/live-heap.mjs"
import { ORDER_FIELDS } from "./lib/order-fields.mjs"
import { http, seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const orders = arg("orders", 5000)
const small = arg("small", 500)
const rounds = arg("rounds", 3)

const db = await prepareBenchDatabase("medusa_privacy_bench_export")
await seedStaffUser(db.databaseUrl)
console.log(`Seeding ${orders} + ${small} orders…`)
await run(process.execPath, [medusaBin, "exec", "./scripts/seed-order-history.ts", String(orders), String(small)], {
  cwd: hostAppDir,
  env: { DATABASE_URL: db.databaseUrl, LOG_LEVEL: "error" },
})
const { rows: customers } = await db.sql(`select id from customer where email like 'history%' order by email`)
const [big, little] = customers.map((row) => row.id)
// One of the other customers (10 orders), for warming a fresh server up.
const { rows: [{ id: other }] } = await db.sql(`select id from customer where email = 'other1@example.test'`)

const exportIds = []
const results = { big: [], little: [] }
try {
  // Time: both paths in one server, alternating, after a warm-up of each.
  const app = await startHostApp({ databaseUrl: db.databaseUrl })
  try {
    const headers = await staffHeaders(app.baseUrl)
    await pageOrders(app, headers, little, small)
    await exportOf(app, headers, little)
    for (let round = 0; round < rounds; round++) {
      for (const [key, customerId, count] of [["little", little, small], ["big", big, orders]]) {
        const paging = await pageOrders(app, headers, customerId, count)
        const exported = await exportOf(app, headers, customerId)
        results[key].push({ paging, ms: exported.ms, size: exported.size })
        console.log(`  round ${round + 1}, ${count} orders: export ${(exported.ms / 1000).toFixed(2)} s (${(exported.size / 1e6).toFixed(1)} MB ZIP), paging ${(paging / 1000).toFixed(2)} s`)
      }
    }
  } finally {
    await app.stop()
  }
  // Memory: each export in a fresh server, after a small export has warmed it up, so every
  // measurement starts from the same state. The live heap (reachable after a full collection,
  // sampled through the inspector) is what the export holds; RSS is reported beside it.
  for (let round = 0; round < rounds; round++) {
    for (const [key, customerId, count] of [["little", little, small], ["big", big, orders]]) {
      const inspectPort = await freePort()
      const fresh = await startHostApp({
        databaseUrl: db.databaseUrl,
        env: { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` },
      })
      const inspector = await connectInspector(inspectPort)
      try {
        const headers = await staffHeaders(fresh.baseUrl)
        await exportOf(fresh, headers, other)
        const memory = await measureMemory(fresh, inspector, () => exportOf(fresh, headers, customerId))
        Object.assign(results[key][round], memory)
        console.log(`  round ${round + 1}, ${count} orders: peak live heap growth ${memory.heapMb.toFixed(1)} MB, peak RSS growth ${memory.rssMb.toFixed(1)} MB`)
      } finally {
        inspector.close()
        await fresh.stop()
      }
    }
  }
} finally {
  removeExportFiles(exportIds)
  if (!process.argv.includes("--keep")) {
    await db.stop()
  }
}
report(results)

/** Every order of the customer through core GET /admin/orders, 100 at a time, with the export's fields. */
async function pageOrders(app, headers, customerId, expected) {
  const started = performance.now()
  let seen = 0
  for (let offset = 0; ; offset += 100) {
    const query = new URLSearchParams({ customer_id: customerId, limit: "100", offset: String(offset), fields: ORDER_FIELDS.join(",") })
    const page = await http(app.baseUrl, "GET", `/admin/orders?${query}`, { headers })
    seen += page.orders.length
    if (page.orders.length < 100) {
      break
    }
  }
  if (seen !== expected) {
    throw new Error(`paging read ${seen} orders, expected ${expected}`)
  }
  return performance.now() - started
}

/** A staff-requested export, from request to ready. */
async function exportOf(app, headers, customerId) {
  const started = performance.now()
  const { export: created } = await http(app.baseUrl, "POST", `/admin/customers/${customerId}/privacy/exports`, {
    body: { verification: "in_person" },
    headers,
  })
  exportIds.push(created.id)
  for (;;) {
    const { export: current } = await http(app.baseUrl, "GET", `/admin/customers/${customerId}/privacy/exports/${created.id}`, { headers })
    if (current.status === "ready") {
      return { ms: performance.now() - started, size: current.file_size }
    }
    if (current.status === "failed") {
      throw new Error(`export failed: ${current.failure_reason}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Peak growth of the live heap (sampled one full collection after another) and of RSS while `work` runs. */
async function measureMemory(app, inspector, work) {
  const heapBaseline = await inspector.liveBytes()
  const rssBaseline = rss(app.pid)
  let heapPeak = heapBaseline
  let rssPeak = rssBaseline
  const timer = setInterval(() => (rssPeak = Math.max(rssPeak, rss(app.pid))), 10)
  let running = true
  const sampling = (async () => {
    while (running) {
      heapPeak = Math.max(heapPeak, await inspector.liveBytes())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  try {
    await work()
  } finally {
    running = false
    await sampling
    clearInterval(timer)
  }
  return { heapMb: (heapPeak - heapBaseline) / 1e6, rssMb: (rssPeak - rssBaseline) / 1024 }
}

function rss(pid) {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1])
}

function removeExportFiles(ids) {
  const dir = path.join(hostAppDir, "private")
  for (const name of safeList(dir)) {
    if (ids.some((id) => name.includes(id))) {
      rmSync(path.join(dir, name), { force: true })
    }
  }
}

function safeList(dir) {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function report({ big, little }) {
  const exportMs = median(big.map((r) => r.ms))
  const pagingMs = median(big.map((r) => r.paging))
  const ratio = exportMs / pagingMs
  const heapBig = median(big.map((r) => r.heapMb))
  const heapLittle = median(little.map((r) => r.heapMb))
  const heapRatio = heapBig / heapLittle
  console.log(`Export of a customer's orders, ${rounds} rounds, medians (${machineSummary()})`)
  console.log(`  ${orders} orders × 3 items: export ${(exportMs / 1000).toFixed(2)} s, core GET /admin/orders paging ${(pagingMs / 1000).toFixed(2)} s, ratio ${ratio.toFixed(2)} (target ≤ 0.5) ${ratio <= 0.5 ? "PASS" : "FAIL"}`)
  console.log(`  ${small} orders: export ${(median(little.map((r) => r.ms)) / 1000).toFixed(2)} s, paging ${(median(little.map((r) => r.paging)) / 1000).toFixed(2)} s`)
  console.log(`  ZIP: ${(median(little.map((r) => r.size)) / 1e6).toFixed(2)} MB at ${small} orders, ${(median(big.map((r) => r.size)) / 1e6).toFixed(2)} MB at ${orders}`)
  console.log(`  peak live heap growth: ${heapLittle.toFixed(1)} MB at ${small} orders, ${heapBig.toFixed(1)} MB at ${orders}, ratio ${heapRatio.toFixed(2)} (target ≤ 1.5) ${heapRatio <= 1.5 ? "PASS" : "FAIL"}`)
  console.log(`  peak RSS growth (V8 collects lazily, see docs/benchmarks.md): ${median(little.map((r) => r.rssMb)).toFixed(1)} MB at ${small} orders, ${median(big.map((r) => r.rssMb)).toFixed(1)} MB at ${orders}`)
  process.exit(ratio <= 0.5 && heapRatio <= 1.5 ? 0 : 1)
}
