#!/usr/bin/env node
/**
 * GET /store/customers/me/privacy (plugin) vs GET /store/customers/me (core),
 * same server, same customer, 20 connections for 10 s each (autocannon),
 * alternating core, plugin, core, plugin. Target: p50 ratio ≤ 1.2, no errors.
 *   npm run bench:profile-read [-- --rounds 2 --duration 10]
 */
import autocannon from "autocannon"
import { machineSummary, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { createPublishableKey, seedStaffUser, signUpCustomer, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg("rounds", 2)
const duration = arg("duration", 10)
const connections = 20

const db = await prepareBenchDatabase("medusa_privacy_bench_read")
await seedStaffUser(db.databaseUrl)
const app = await startHostApp({ databaseUrl: db.databaseUrl })
const results = { core: [], plugin: [] }
try {
  const staff = await staffHeaders(app.baseUrl)
  const publishableKey = await createPublishableKey(app.baseUrl, staff)
  const customer = await signUpCustomer(app.baseUrl, publishableKey, "bench-reader@example.test")
  const targets = { core: "/store/customers/me", plugin: "/store/customers/me/privacy" }

  // Warm both routes (JIT, connection pools) before measuring.
  for (const path of Object.values(targets)) {
    await load(`${app.baseUrl}${path}`, customer.headers, 2)
  }
  for (let round = 0; round < rounds; round++) {
    for (const [name, path] of Object.entries(targets)) {
      results[name].push(await load(`${app.baseUrl}${path}`, customer.headers, duration))
    }
  }
} finally {
  await app.stop()
  await db.stop()
}

function load(url, headers, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result)))
  })
}

const summary = (list) => ({
  p50: list.reduce((sum, r) => sum + r.latency.p50, 0) / list.length,
  p99: list.reduce((sum, r) => sum + r.latency.p99, 0) / list.length,
  rps: list.reduce((sum, r) => sum + r.requests.average, 0) / list.length,
  errors: list.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
  requests: list.reduce((sum, r) => sum + r.requests.total, 0),
})
const core = summary(results.core)
const plugin = summary(results.plugin)
const ratio = plugin.p50 / core.p50
const pass = ratio <= 1.2 && core.errors === 0 && plugin.errors === 0
console.log(`Profile read, ${connections} connections, ${rounds} × ${duration} s per route (${machineSummary()})`)
for (const [name, s] of [["GET /store/customers/me (core)", core], ["GET /store/customers/me/privacy", plugin]]) {
  console.log(`  ${name.padEnd(34)} p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  ${s.rps.toFixed(0)} req/s  ${s.requests} requests, ${s.errors} errors`)
}
console.log(`  p50 ratio: ${ratio.toFixed(3)} (target ≤ 1.2, zero errors) ${pass ? "PASS" : "FAIL"}`)
process.exit(pass ? 0 : 1)
