#!/usr/bin/env node
/**
 * Overhead of the plugin on core staff reads: GET /admin/customers/:id and
 * GET /admin/orders?limit=50 with the plugin loaded vs the host app without
 * it, on one database migrated with the plugin (so both read the same data).
 * The apps run one at a time, in the order without, with, with, without, …
 * so that drift over the run hits both sides alike; each start is warmed up,
 * then each route gets 20 connections for `--duration` s (autocannon).
 * Target: median p50 with the plugin ≤ 1.05× without it on both routes, zero
 * errors (failed requests, timeouts and non-2xx answers).
 *   npm run bench:access-log [-- --rounds 2 --duration 10]
 */
import { loadavg } from "node:os"
import { hostAppDir, medusaBin } from "../scripts/lib/host-app.mjs"
import { run } from "../scripts/lib/run.mjs"
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { formatFigures, load, loadFigures, settle } from "./lib/load.mjs"
import { http, seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg("rounds", 2)
const duration = arg("duration", 10)
const warmUp = 5
const connections = 20
const target = 1.05
// The order list computes totals over every item of 50 orders: on two cores, 20 connections queue
// for about 5 s. Past autocannon's default of 10 s a busy machine, not the plugin, fails requests.
const timeout = 30

const db = await prepareBenchDatabase("medusa_privacy_bench_access_log")
await seedStaffUser(db.databaseUrl)
// 200 customers: one with 60 orders, 99 with one, 100 others with 10 each (1,159 orders of 3 items).
const histories = ["60", ...Array(99).fill("1")]
console.log("Seeding 200 customers and 1,159 orders…")
await run(process.execPath, [medusaBin, "exec", "./scripts/seed-order-history.ts", ...histories], {
  cwd: hostAppDir,
  env: { DATABASE_URL: db.databaseUrl, LOG_LEVEL: "error" },
})
const { rows: [{ id: customerId }] } = await db.sql(`select id from customer where email = 'history1@example.test'`)
const { rows: [{ count: customerCount }] } = await db.sql(`select count(*)::int as count from customer`)
if (customerCount !== 200) {
  throw new Error(`seeded ${customerCount} customers, expected 200`)
}
// Done now, so that autovacuum does not pick the freshly copied tables up during a measurement.
await db.sql("vacuum analyze")

const routes = {
  customer: { label: "GET /admin/customers/:id", path: `/admin/customers/${customerId}` },
  orders: { label: "GET /admin/orders?limit=50", path: "/admin/orders?limit=50" },
}
const results = { without: { customer: [], orders: [] }, with: { customer: [], orders: [] } }
/** Access-log entries in the database after each start with the plugin. */
const logged = []
try {
  for (let round = 0; round < rounds; round++) {
    for (const withPlugin of round % 2 ? [true, false] : [false, true]) {
      const side = withPlugin ? "with" : "without"
      const app = await startHostApp({ databaseUrl: db.databaseUrl, withPlugin })
      try {
        const headers = await staffHeaders(app.baseUrl)
        await checkAnswers(app.baseUrl, headers, withPlugin)
        // Warm each route (JIT, connection pools) on this start before measuring.
        for (const { path } of Object.values(routes)) {
          await load(`${app.baseUrl}${path}`, { headers, connections, seconds: warmUp, timeout })
          await settle(app.pid)
        }
        for (const [key, { label, path }] of Object.entries(routes)) {
          const figures = loadFigures(await load(`${app.baseUrl}${path}`, { headers, connections, seconds: duration, timeout }))
          // The machine's load shows when something besides this benchmark shared the two cores.
          figures.load = loadavg()[0]
          console.log(`  round ${round + 1}, ${side.padEnd(7)} plugin, ${label.padEnd(26)} ${formatFigures(figures)}  (load average ${figures.load.toFixed(1)})`)
          results[side][key].push(figures)
          await settle(app.pid)
        }
        if (withPlugin) {
          // The measurement counts only if the accesses were really logged, off the request path.
          const { rows: [{ count }] } = await db.sql(`select count(*)::int as count from privacy_access_log`)
          logged.push(count)
        }
      } finally {
        await app.stop()
      }
    }
  }
} finally {
  await db.stop()
}

/** The routes answer what they should, and the plugin is loaded exactly when it should be. */
async function checkAnswers(baseUrl, headers, withPlugin) {
  const { customer } = await http(baseUrl, "GET", routes.customer.path, { headers })
  const { orders } = await http(baseUrl, "GET", routes.orders.path, { headers })
  if (customer.id !== customerId || orders.length !== 50) {
    throw new Error(`expected the customer and 50 orders, got ${customer.id} and ${orders.length} orders`)
  }
  const privacy = await fetch(`${baseUrl}/admin/privacy/records`, { headers })
  if ((privacy.status !== 404) !== withPlugin) {
    throw new Error(`plugin ${withPlugin ? "not loaded" : "loaded"}: GET /admin/privacy/records answered ${privacy.status}`)
  }
}

const summarise = (list) => ({
  p50: median(list.map((r) => r.p50)),
  p99: median(list.map((r) => r.p99)),
  rps: median(list.map((r) => r.rps)),
  requests: list.reduce((sum, r) => sum + r.requests, 0),
  errors: list.reduce((sum, r) => sum + r.errors, 0),
})
const measured = results.with.customer.concat(results.with.orders).reduce((sum, r) => sum + r.requests, 0)
let pass = logged.length > 0 && logged[logged.length - 1] >= measured
console.log(`Access-log overhead on core staff reads, ${connections} connections, ${rounds} × ${duration} s per route and app, medians (${machineSummary()})`)
// This benchmark alone keeps about three processes busy (server, PostgreSQL, autocannon).
const busiest = Math.max(...Object.values(results).flatMap((side) => Object.values(side).flat().map((r) => r.load)))
if (busiest > 4) {
  console.log(`  WARNING: the machine's load average reached ${busiest.toFixed(1)}: other work shared the cores, the figures are not comparable`)
}
console.log(`  access-log entries written: ${logged[logged.length - 1] ?? 0} (measured requests with the plugin: ${measured}, warm-ups included in the entries)`)
for (const [key, { label }] of Object.entries(routes)) {
  const without = summarise(results.without[key])
  const withPlugin = summarise(results.with[key])
  const ratio = withPlugin.p50 / without.p50
  const ok = ratio <= target && without.errors === 0 && withPlugin.errors === 0
  pass &&= ok
  const perRound = (side) => results[side][key].map((r) => r.p50.toFixed(0)).join(", ")
  console.log(`  ${label}`)
  console.log(`    without plugin  ${formatFigures(without)}  [p50 per round: ${perRound("without")}]`)
  console.log(`    with plugin     ${formatFigures(withPlugin)}  [p50 per round: ${perRound("with")}]`)
  console.log(`    p50 ratio: ${ratio.toFixed(3)} (target ≤ ${target}, zero errors) ${ok ? "PASS" : "FAIL"}`)
}
process.exit(pass ? 0 : 1)
