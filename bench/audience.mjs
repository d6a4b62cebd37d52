#!/usr/bin/env node
/**
 * The audience for e-mail tools over 100,000 customers, 30% opted in to
 * marketing by e-mail (and 3% by SMS, for a tenfold smaller list).
 *   1. One page of 1,000 (GET /admin/privacy/audience?limit=1000&cursor=…) at
 *      spread-out positions: target p50 ≤ 30 ms.
 *   2. The full CSV stream of both lists, read by a deliberately slow client,
 *      sampling the server's resident memory: the 30,000-row list (about 6.5 MB
 *      of CSV) may grow it at most 3 MB more than the 3,000-row one.
 *   npm run bench:audience [-- --customers 100000 --samples 60]
 */
import { readFileSync } from "node:fs"
import { performance } from "node:perf_hooks"
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const customers = arg("customers", 100_000)
const samples = arg("samples", 60)

const db = await prepareBenchDatabase("medusa_privacy_bench_audience")
await seedStaffUser(db.databaseUrl)
console.log(`Seeding ${customers} customers…`)
await seed(db, customers)

const app = await startHostApp({ databaseUrl: db.databaseUrl })
let results
try {
  const headers = await staffHeaders(app.baseUrl)
  results = { page: await measurePages(app, headers), stream: await measureStreams(app, headers) }
} finally {
  await app.stop()
  if (!process.argv.includes("--keep")) {
    await db.stop()
  }
}
report(results)

async function seed(db, count) {
  // Plain SQL, as a data import would: the benchmark is about reading the audience, not writing it.
  await db.sql(`
    INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
    SELECT 'cus_bench_' || lpad(n::text, 7, '0'), 'customer' || n || '@example.test', 'Bench', 'Customer ' || n, true, now(), now()
      FROM generate_series(1, $1) n`, [count])
  await db.sql(`
    INSERT INTO privacy_profile (id, customer_id, customer_number, language, source, last_activity_at)
    SELECT 'pprof_bench_' || n, 'cus_bench_' || lpad(n::text, 7, '0'), 'C-' || lpad(n::text, 7, '0'),
           (ARRAY['nb','fi','sv','en'])[1 + n % 4], 'storefront', now()
      FROM generate_series(1, $1) n`, [count])
  await db.sql(`SELECT setval('privacy_customer_number_seq', $1)`, [count])
  await db.sql(`
    INSERT INTO privacy_consent_subject (id, customer_id, email)
    SELECT 'csub_bench_' || lpad(n::text, 7, '0'), 'cus_bench_' || lpad(n::text, 7, '0'), 'customer' || n || '@example.test'
      FROM generate_series(1, $1) n WHERE n % 10 < 3 OR n % 100 < 3`, [count])
  for (const [channel, rule] of [["email", "n % 10 < 3"], ["sms", "n % 100 < 3"]]) {
    await db.sql(`
      INSERT INTO privacy_consent_event (id, subject_id, purpose, channel, action, source, actor_type, actor_id, occurred_at)
      SELECT 'cev_bench_${channel}_' || n, 'csub_bench_' || lpad(n::text, 7, '0'), 'marketing', '${channel}', 'granted', 'account',
             'customer', 'cus_bench_' || lpad(n::text, 7, '0'), now()
        FROM generate_series(1, $1) n WHERE ${rule}`, [count])
  }
  await db.sql(`
    INSERT INTO privacy_consent_state (id, subject_id, purpose, channel, granted, source, last_event_id, last_event_seq, changed_at)
    SELECT 'cst_' || e.id, e.subject_id, e.purpose, e.channel, true, e.source, e.id, e.seq, e.occurred_at
      FROM privacy_consent_event e`)
  await db.sql(`ANALYZE`)
}

async function measurePages(app, headers) {
  // Cursors spread over the whole list: walk it once, keeping every page's cursor.
  const cursors = [undefined]
  for (;;) {
    const page = await getJson(app, headers, cursors.at(-1))
    if (!page.next_cursor) {
      break
    }
    cursors.push(page.next_cursor)
  }
  for (const cursor of cursors.slice(0, 5)) {
    await getJson(app, headers, cursor)
  }
  const timings = []
  for (let i = 0; i < samples; i++) {
    const cursor = cursors[i % cursors.length]
    const started = performance.now()
    const page = await getJson(app, headers, cursor)
    timings.push(performance.now() - started)
    if (page.audience.length === 0) {
      throw new Error("empty page")
    }
  }
  const sorted = [...timings].sort((a, b) => a - b)
  return { pages: cursors.length, p50: median(timings), p95: sorted[Math.floor(sorted.length * 0.95)], max: sorted.at(-1) }
}

async function getJson(app, headers, cursor) {
  const url = `${app.baseUrl}/admin/privacy/audience?purpose=marketing&channel=email&limit=1000${cursor ? `&cursor=${cursor}` : ""}`
  const response = await fetch(url, { headers })
  if (!response.ok) {
    throw new Error(`${response.status} ${await response.text()}`)
  }
  return response.json()
}

/** Streams each list twice (the first warms up), sampling the server's RSS from /proc. */
async function measureStreams(app, headers) {
  const result = {}
  for (const channel of ["sms", "email", "sms", "email"]) {
    const baseline = rss(app.pid)
    let peak = baseline
    const timer = setInterval(() => (peak = Math.max(peak, rss(app.pid))), 20)
    const started = performance.now()
    const response = await fetch(`${app.baseUrl}/admin/privacy/audience?channel=${channel}&format=csv`, { headers })
    let rows = 0
    const decoder = new TextDecoder()
    for await (const chunk of response.body) {
      rows += (decoder.decode(chunk, { stream: true }).match(/\r\n/g) ?? []).length
      // A slow reader: the server must wait for the socket instead of piling the list up in memory.
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    clearInterval(timer)
    result[channel] = { rows: rows - 1, ms: performance.now() - started, baselineMb: baseline / 1024, growthMb: (peak - baseline) / 1024 }
  }
  return result
}

function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1])
}

function report({ page, stream }) {
  const pagePass = page.p50 <= 30
  // "Does not grow with the list": ten times the rows (about 6.5 MB of CSV) may cost at most 3 MB more
  // than the small list, so a server that held the file in memory fails.
  const memoryPass = stream.email.growthMb <= stream.sms.growthMb + 3
  console.log(`Audience over ${customers.toLocaleString("en")} customers (${machineSummary()})`)
  console.log(`  page of 1,000, ${samples} requests over ${page.pages} pages: p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms, max ${page.max.toFixed(1)} ms (target p50 ≤ 30 ms) ${pagePass ? "PASS" : "FAIL"}`)
  for (const channel of ["sms", "email"]) {
    const s = stream[channel]
    console.log(`  CSV stream, ${channel}: ${s.rows.toLocaleString("en")} rows in ${(s.ms / 1000).toFixed(1)} s, RSS ${s.baselineMb.toFixed(0)} MB at start, peak growth ${s.growthMb.toFixed(1)} MB`)
  }
  console.log(`  memory growth, 10× the rows: ${stream.sms.growthMb.toFixed(1)} MB → ${stream.email.growthMb.toFixed(1)} MB (target: no growth with the list) ${memoryPass ? "PASS" : "FAIL"}`)
  process.exit(pagePass && memoryPass ? 0 : 1)
}
