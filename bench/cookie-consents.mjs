#!/usr/bin/env node
/**
 * POST /store/privacy/cookie-consents against core's GET /store/regions, in
 * the same run on the same server start: 50 connections for `--duration` s
 * each, taken in turn (the order swaps every round), each warmed up first.
 * Every POST is a new choice; the rows stored are counted against the 2xx
 * answers, so a lost choice fails the run (a run's last requests, in flight
 * when autocannon stops, are stored but not counted: at most one per
 * connection and run). Two regions with three countries
 * each give the regions route real work.
 * Target: median p50 of the POST ≤ median p50 of GET /store/regions, zero errors.
 *   npm run bench:cookie-consents [-- --rounds 3 --duration 10]
 */
import { loadavg } from "node:os"
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { formatFigures, load, loadFigures, settle } from "./lib/load.mjs"
import { createPublishableKey, http, seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg("rounds", 3)
const duration = arg("duration", 10)
const warmUp = 5
const connections = 50

const db = await prepareBenchDatabase("medusa_privacy_bench_cookie_consents")
await seedStaffUser(db.databaseUrl)
const app = await startHostApp({ databaseUrl: db.databaseUrl })
const results = { post: [], regions: [] }
let answered = 0
try {
  const staff = await staffHeaders(app.baseUrl)
  const publishableKey = await createPublishableKey(app.baseUrl, staff)
  for (const [name, currency_code, countries] of [["Norge", "nok", ["no", "sj", "bv"]], ["Suomi", "eur", ["fi", "ax", "se"]]]) {
    await http(app.baseUrl, "POST", "/admin/regions", { body: { name, currency_code, countries }, headers: staff })
  }
  const headers = { "x-publishable-api-key": publishableKey, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36" }
  const { revision } = await http(app.baseUrl, "GET", "/store/privacy/cookies?lang=nb", { headers })
  const choice = { consent_id: crypto.randomUUID(), action: "custom", categories: ["necessary", "statistics"], revision, language: "nb" }
  const { regions } = await http(app.baseUrl, "GET", "/store/regions", { headers })
  if (regions.length !== 2) {
    throw new Error(`GET /store/regions answered ${regions.length} regions, expected 2`)
  }
  const routes = {
    post: { label: "POST /store/privacy/cookie-consents", run: (seconds) => load(`${app.baseUrl}/store/privacy/cookie-consents`, { headers, connections, seconds, method: "POST", body: choice }) },
    regions: { label: "GET /store/regions", run: (seconds) => load(`${app.baseUrl}/store/regions`, { headers, connections, seconds }) },
  }
  for (const [key, { run }] of Object.entries(routes)) {
    const warm = await run(warmUp)
    answered += key === "post" ? warm["2xx"] : 0
    await settle(app.pid)
  }
  for (let round = 0; round < rounds; round++) {
    for (const key of round % 2 ? ["regions", "post"] : ["post", "regions"]) {
      const result = await routes[key].run(duration)
      const figures = loadFigures(result)
      figures.load = loadavg()[0]
      if (key === "post") {
        answered += result["2xx"]
      }
      console.log(`  round ${round + 1}, ${routes[key].label.padEnd(36)} ${formatFigures(figures)}  (load average ${figures.load.toFixed(1)})`)
      results[key].push(figures)
      await settle(app.pid)
    }
  }
  const { rows: [{ count }] } = await db.sql(`SELECT count(*)::int AS count FROM privacy_cookie_consent`)
  const errors = [...results.post, ...results.regions].reduce((sum, figures) => sum + figures.errors, 0)
  const post = median(results.post.map((figures) => figures.p50))
  const regionsP50 = median(results.regions.map((figures) => figures.p50))
  const inFlight = connections * (rounds + 1)
  const pass = post <= regionsP50 && errors === 0 && count >= answered && count <= answered + inFlight
  console.log(`\n${machineSummary()}`)
  console.log(`Median p50 over ${rounds} rounds, ${connections} connections, ${duration} s each:`)
  console.log(`  POST /store/privacy/cookie-consents ${post.toFixed(1)} ms, GET /store/regions ${regionsP50.toFixed(1)} ms: ratio ${(post / regionsP50).toFixed(3)} (target ≤ 1)`)
  console.log(`  ${errors} errors; ${count} choices stored for ${answered} answered POSTs (and at most ${inFlight} in flight at the runs' ends)  ${pass ? "PASS" : "FAIL"}`)
  process.exitCode = pass ? 0 : 1
} finally {
  await app.stop()
  await db.stop()
}

