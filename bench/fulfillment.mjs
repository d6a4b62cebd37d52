#!/usr/bin/env node
/**
 * Creating a fulfilment through core's POST /admin/orders/:id/fulfillments
 * with the plugin vs without it, same database, same run. Each request ships
 * one item of its own order (seeded through Medusa's workflows, stock
 * reserved as a checkout would), one request at a time. Rounds alternate
 * (without, with, with, without, …), each side booted afresh per round and
 * warmed up first, so drift hits both sides; the medians of all samples are compared.
 * Target: p50 with ≤ 1.05 × p50 without.
 *
 * The carrier disclosure is logged off the request path (a subscriber on
 * `order.fulfillment_created`); after each side with the plugin the script
 * waits a moment and counts `privacy_disclosure`, when that table exists.
 *   npm run bench:fulfillment [-- --samples 200 --rounds 3 --warmup 20]
 */
import os from "node:os"
import { performance } from "node:perf_hooks"
import { hostAppDir, medusaBin } from "../scripts/lib/host-app.mjs"
import { run } from "../scripts/lib/run.mjs"
import { machineSummary, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback)
const samples = arg("samples", 200)
const rounds = arg("rounds", 3)
const warmup = arg("warmup", 20)
const TARGET = 1.05
const perBoot = warmup + samples

// On a shared machine other work moves the figures; the load average goes into the report.
const loadAtStart = os.loadavg()[0]
const db = await prepareBenchDatabase("medusa_privacy_bench_fulfillment")
await seedStaffUser(db.databaseUrl)
const needed = rounds * 2 * perBoot
console.log(`Seeding ${needed} orders to fulfil…`)
await run(process.execPath, [medusaBin, "exec", "./scripts/seed-fulfillable-orders.ts", String(needed)], {
  cwd: hostAppDir,
  env: { DATABASE_URL: db.databaseUrl, LOG_LEVEL: "error" },
})
const { rows: [{ id: locationId }] } = await db.sql(`select id from stock_location where name = 'Oulu warehouse'`)
const { rows: queue } = await db.sql(
  `select o.id as order_id, oi.item_id from "order" o join order_item oi on oi.order_id = o.id
    where o.metadata->>'bench' = 'fulfillment' order by o.display_id`
)
if (queue.length < needed) {
  throw new Error(`seeded ${queue.length} orders, expected ${needed}`)
}

const timings = { without: [], with: [] }
const roundMedians = { without: [], with: [] }
let fulfilledWithPlugin = 0
let failure
try {
  for (let round = 0; round < rounds && !failure; round++) {
    // Every fulfilment grows the database, so the side measured second in a round would meet the
    // larger one: every other round measures the plugin first.
    for (const withPlugin of round % 2 ? [true, false] : [false, true]) {
      const side = withPlugin ? "with" : "without"
      const orders = queue.splice(0, perBoot)
      const app = await startHostApp({ databaseUrl: db.databaseUrl, withPlugin })
      try {
        const headers = { ...(await staffHeaders(app.baseUrl)), "content-type": "application/json" }
        const measured = []
        for (const [i, order] of orders.entries()) {
          const result = await fulfil(app.baseUrl, headers, order)
          if (!result.ok) {
            failure = { side, round: round + 1, ...result }
            break
          }
          if (withPlugin) {
            fulfilledWithPlugin += 1
          }
          if (i >= warmup) {
            measured.push(result.ms)
          }
        }
        if (failure) {
          break
        }
        timings[side].push(...measured)
        roundMedians[side].push(percentile(measured, 50))
        const quarter = Math.max(1, Math.floor(measured.length / 4))
        console.log(
          `  round ${round + 1}, ${side} plugin: p50 ${percentile(measured, 50).toFixed(1)} ms, p95 ${percentile(measured, 95).toFixed(1)} ms` +
            ` (p50 of the first quarter ${percentile(measured.slice(0, quarter), 50).toFixed(1)} ms, of the last ${percentile(measured.slice(-quarter), 50).toFixed(1)} ms)`
        )
        if (withPlugin) {
          // The subscriber runs after the response; give it a moment before counting.
          await new Promise((resolve) => setTimeout(resolve, 2000))
          console.log(`    privacy_disclosure: ${await disclosureCount()} (fulfilments created with the plugin so far: ${fulfilledWithPlugin})`)
        }
      } finally {
        await app.stop()
      }
    }
  }
  if (!failure) {
    const { rows: [{ count }] } = await db.sql(`select count(*)::int as count from order_fulfillment`)
    if (count !== rounds * 2 * perBoot) {
      failure = { status: "-", message: `${count} fulfilments in the database, ${rounds * 2 * perBoot} requests answered 2xx` }
    }
  }
} finally {
  if (!process.argv.includes("--keep")) {
    await db.stop()
  }
}

if (failure) {
  console.error(`FAIL: ${failure.side ? `${failure.side} plugin, round ${failure.round}: ` : ""}POST /admin/orders/:id/fulfillments answered ${failure.status}${failure.type ? ` (${failure.type})` : ""}: ${failure.message}`)
  process.exit(1)
}
report()

/** One fulfilment of one item, timed from sending the request to the last byte of the answer. */
async function fulfil(baseUrl, headers, { order_id, item_id }) {
  const body = JSON.stringify({ items: [{ id: item_id, quantity: 1 }], location_id: locationId })
  const started = performance.now()
  const response = await fetch(`${baseUrl}/admin/orders/${order_id}/fulfillments`, { method: "POST", headers, body })
  const text = await response.text()
  const ms = performance.now() - started
  if (response.ok) {
    return { ok: true, ms }
  }
  // Medusa's error body carries a type and a message; neither names the customer.
  let parsed = {}
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { ok: false, status: response.status, type: parsed.type, message: String(parsed.message ?? "(no message)").slice(0, 300) }
}

async function disclosureCount() {
  const { rows: [{ table }] } = await db.sql(`select to_regclass('privacy_disclosure')::text as table`)
  if (!table) {
    return "table not present"
  }
  const { rows: [{ count }] } = await db.sql(`select count(*)::int as count from privacy_disclosure`)
  return `${count} rows`
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

function report() {
  const without = { p50: percentile(timings.without, 50), p95: percentile(timings.without, 95) }
  const withPlugin = { p50: percentile(timings.with, 50), p95: percentile(timings.with, 95) }
  const ratio = withPlugin.p50 / without.p50
  const rounded = (list) => list.map((t) => t.toFixed(1)).join(", ")
  console.log(`Fulfilment through POST /admin/orders/:id/fulfillments, ${rounds} rounds × ${samples} samples per side after ${warmup} warm-up requests, sequential (${machineSummary()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"})`)
  console.log(`  without plugin: p50 ${without.p50.toFixed(1)} ms, p95 ${without.p95.toFixed(1)} ms   [round p50s ${rounded(roundMedians.without)}]`)
  console.log(`  with plugin:    p50 ${withPlugin.p50.toFixed(1)} ms, p95 ${withPlugin.p95.toFixed(1)} ms   [round p50s ${rounded(roundMedians.with)}]`)
  console.log(`  1-minute load average: ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`)
  console.log(`  ratio of p50s:  ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? "PASS" : "FAIL"}`)
  process.exit(ratio <= TARGET ? 0 : 1)
}
