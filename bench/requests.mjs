#!/usr/bin/env node
/**
 * The data subject request inbox over 100,000 requests: 70% closed, 28% open
 * and not yet due, 2% open and overdue, seeded with SQL.
 *   1. GET /admin/privacy/requests?overdue=true&limit=50: target p50 ≤ 30 ms.
 *   2. GET /admin/privacy/requests?order=due_on&limit=50 (the first page of
 *      all open requests by due date): target p50 ≤ 30 ms.
 *   3. GET /admin/privacy/request-stats, and the overdue list by due date
 *      (`&order=due_on`): for information.
 * One client, one request at a time, the routes taken in turn so that
 * drift hits them alike; each round is a fresh server start, warmed up first.
 * The plans of the list queries are printed (EXPLAIN ANALYZE) after seeding.
 *   npm run bench:requests [-- --requests 100000 --rounds 3 --samples 200]
 */
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"
import { http, seedStaffUser, staffHeaders } from "./lib/store-session.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const requests = arg("requests", 100_000)
const rounds = arg("rounds", 3)
const samples = arg("samples", 200)
const warmUp = 30
const target = 30
// The controller of the host app's options is in Finland: deadlines are read in its zone.
const zone = "Europe/Helsinki"
// One request in 50 is overdue, 14 in 50 open and not yet due, the other 35 closed.
const overdueCount = Math.floor(requests / 50)
const openCount = Math.floor(requests / 50) * 15 + Math.min(14, requests % 50)

const routes = {
  overdue: { label: "GET /admin/privacy/requests?overdue=true&limit=50", path: "/admin/privacy/requests?overdue=true&limit=50" },
  byDue: { label: "GET /admin/privacy/requests?order=due_on&limit=50", path: "/admin/privacy/requests?order=due_on&limit=50" },
  stats: { label: "GET /admin/privacy/request-stats", path: "/admin/privacy/request-stats" },
  // The overdue list by due date (most overdue first): the same range of the partial index as byDue.
  overdueByDue: { label: "GET /admin/privacy/requests?overdue=true&order=due_on&limit=50", path: "/admin/privacy/requests?overdue=true&order=due_on&limit=50" },
}
const informational = new Set(["stats", "overdueByDue"])

const db = await prepareBenchDatabase("medusa_privacy_bench_requests")
const results = Object.fromEntries(Object.keys(routes).map((key) => [key, []]))
let plans
try {
  await seedStaffUser(db.databaseUrl)
  console.log(`Seeding ${requests.toLocaleString("en")} data subject requests…`)
  await seed(db, requests)
  plans = await explain(db)
  for (let round = 0; round < rounds; round++) {
    const app = await startHostApp({ databaseUrl: db.databaseUrl })
    try {
      const headers = await staffHeaders(app.baseUrl)
      if (round === 0) {
        await checkAnswers(app.baseUrl, headers, db)
      }
      for (let i = 0; i < warmUp; i++) {
        for (const { path } of Object.values(routes)) {
          await timed(app.baseUrl, path, headers)
        }
      }
      const timings = Object.fromEntries(Object.keys(routes).map((key) => [key, []]))
      for (let i = 0; i < samples; i++) {
        for (const [key, { path }] of Object.entries(routes)) {
          timings[key].push(await timed(app.baseUrl, path, headers))
        }
      }
      const load = loadavg()[0]
      for (const [key, { label }] of Object.entries(routes)) {
        const figures = { ...percentiles(timings[key]), load }
        results[key].push(figures)
        console.log(`  round ${round + 1}, ${label.padEnd(65)} p50 ${figures.p50.toFixed(1)} ms  p95 ${figures.p95.toFixed(1)} ms  (load average ${load.toFixed(1)})`)
      }
    } finally {
      await app.stop()
    }
  }
} finally {
  if (!process.argv.includes("--keep")) {
    await db.stop()
  }
}
report()

async function seed(db, count) {
  // Plain SQL, as an import of an existing register would be. Deadlines are one month from the day
  // received (the calendar's holiday shifts do not matter to the inbox); overdue requests were received
  // 35 to 94 days ago, open ones in the last 28 days, closed ones over the last three years.
  await db.sql(
    `INSERT INTO privacy_request (id, reference, rights, channel, status, received_at, received_on, customer_id, email,
       language, country, verification_method, verified_at, paused_since, first_due_on, due_on, extended_at,
       extension_reason, outcome, answer_note, refusal_reason, closed_at, created_by_type, created_by_id, version,
       created_at, updated_at)
     SELECT 'preq_bench_' || lpad(n::text, 7, '0'),
            'R-' || to_char(received_day, 'YYYY') || '-' || lpad(n::text, 7, '0'),
            CASE (n / 50) % 7 WHEN 0 THEN ARRAY['access'] WHEN 1 THEN ARRAY['access', 'portability'] WHEN 2 THEN ARRAY['erasure']
                 WHEN 3 THEN ARRAY['rectification'] WHEN 4 THEN ARRAY['objection', 'withdrawal'] WHEN 5 THEN ARRAY['restriction']
                 ELSE ARRAY['access', 'erasure'] END,
            (ARRAY['web_form', 'account', 'email', 'letter', 'phone', 'in_person'])[1 + (n / 350) % 6],
            CASE WHEN kind = 'closed' THEN (CASE WHEN slot < 44 THEN 'completed' WHEN slot < 47 THEN 'refused' ELSE 'withdrawn' END)
                 WHEN kind = 'overdue' THEN (CASE WHEN (n / 50) % 2 = 0 THEN 'in_progress' ELSE 'received' END)
                 WHEN slot BETWEEN 3 AND 5 THEN 'awaiting_verification'
                 WHEN slot < 9 THEN 'in_progress' ELSE 'received' END,
            received_at,
            to_char(received_day, 'YYYY-MM-DD'),
            CASE WHEN (n / 50) % 5 < 2 THEN 'cus_bench_' || lpad(n::text, 7, '0') END,
            'person' || n || '@example.test',
            'nb', 'FI',
            CASE WHEN kind = 'closed' OR slot BETWEEN 6 AND 8 OR (kind = 'overdue' AND (n / 50) % 2 = 0)
                 THEN (ARRAY['session', 'email_link', 'signed_document', 'id_checked'])[1 + (n / 50) % 4] END,
            CASE WHEN kind = 'closed' OR slot BETWEEN 6 AND 8 OR (kind = 'overdue' AND (n / 50) % 2 = 0)
                 THEN received_at + interval '1 hour' END,
            CASE WHEN kind = 'open' AND slot BETWEEN 3 AND 5 THEN to_char(received_day, 'YYYY-MM-DD') END,
            to_char(received_day + interval '1 month', 'YYYY-MM-DD'),
            to_char(received_day + CASE WHEN kind = 'open' AND slot IN (1, 2) THEN interval '3 months' ELSE interval '1 month' END, 'YYYY-MM-DD'),
            CASE WHEN kind = 'open' AND slot IN (1, 2) THEN received_at + (now() - received_at) / 2 END,
            CASE WHEN kind = 'open' AND slot IN (1, 2) THEN 'The request covers several years of orders.' END,
            CASE WHEN kind = 'closed' THEN (CASE WHEN slot < 40 THEN 'done' WHEN slot < 42 THEN 'partial' WHEN slot < 44 THEN 'no_data'
                                                 WHEN slot < 47 THEN 'refused' ELSE 'withdrawn' END) END,
            CASE WHEN kind = 'closed' AND slot < 44 THEN 'Answered by e-mail.' END,
            CASE WHEN kind = 'closed' AND slot BETWEEN 44 AND 46 THEN 'Manifestly unfounded.' END,
            CASE WHEN kind = 'closed' THEN received_at + make_interval(days => n % 30, hours => 2) END,
            'user', 'user_bench', 0,
            received_at,
            CASE WHEN kind = 'closed' THEN received_at + make_interval(days => n % 30, hours => 2) ELSE received_at END
       FROM (SELECT n, slot, kind, received_at, (received_at AT TIME ZONE '${zone}')::date AS received_day
               FROM (SELECT n, n % 50 AS slot,
                            CASE WHEN n % 50 = 0 THEN 'overdue' WHEN n % 50 <= 14 THEN 'open' ELSE 'closed' END AS kind
                       FROM generate_series(1, $1::int) n) k
              -- Times to the millisecond, as the API writes them (a JavaScript Date), minutes and seconds spread.
              CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', now()) - make_interval(mins => (n * 17) % 60, secs => (n * 7) % 60) - CASE kind
                       WHEN 'closed' THEN make_interval(days => 40 + (n * 7919) % 1050, hours => n % 24)
                       WHEN 'open' THEN make_interval(days => (n * 31) % 28, hours => n % 12)
                       ELSE make_interval(days => 35 + (n * 13) % 60, hours => n % 24) END AS received_at) r) s`,
    [count]
  )
  await db.sql(`ANALYZE privacy_request`)
}

/** The controller's today and the two list statements as `request-list.ts` builds them (limit + 1 for the next cursor). */
async function explain(db) {
  const { rows: [{ today }] } = await db.sql(`SELECT to_char(now() AT TIME ZONE '${zone}', 'YYYY-MM-DD') AS today`)
  const statements = {
    overdue: `SELECT * FROM privacy_request WHERE deleted_at IS NULL AND closed_at IS NULL AND due_on < '${today}' AND paused_since IS NULL ORDER BY received_at DESC, id DESC LIMIT 51`,
    byDue: `SELECT * FROM privacy_request WHERE deleted_at IS NULL AND closed_at IS NULL ORDER BY due_on ASC, id ASC LIMIT 51`,
    overdueByDue: `SELECT * FROM privacy_request WHERE deleted_at IS NULL AND closed_at IS NULL AND due_on < '${today}' AND paused_since IS NULL ORDER BY due_on ASC, id ASC LIMIT 51`,
  }
  const plans = {}
  for (const [key, statement] of Object.entries(statements)) {
    const { rows } = await db.sql(`EXPLAIN (ANALYZE, BUFFERS) ${statement}`)
    plans[key] = { statement, plan: rows.map((row) => row["QUERY PLAN"]) }
  }
  return plans
}

/** Every overdue request and only those, across all pages; the due-date page starts at the earliest open deadline. */
async function checkAnswers(baseUrl, headers, db) {
  let overdue = 0
  let cursor = null
  do {
    const page = await http(baseUrl, "GET", `${routes.overdue.path}${cursor ? `&cursor=${cursor}` : ""}`, { headers })
    if (page.requests.some((request) => !request.deadline.overdue)) {
      throw new Error("the overdue filter answered a request that is not overdue")
    }
    overdue += page.requests.length
    cursor = page.next_cursor
  } while (cursor)
  if (overdue !== overdueCount) {
    throw new Error(`${overdue} overdue requests listed, ${overdueCount} seeded`)
  }
  const { requests: byDue, next_cursor } = await http(baseUrl, "GET", routes.byDue.path, { headers })
  const { rows: [{ earliest }] } = await db.sql(`SELECT min(due_on) AS earliest FROM privacy_request WHERE closed_at IS NULL`)
  if (byDue.length !== 50 || !next_cursor || byDue.some((request) => request.closed_at !== null)) {
    throw new Error(`expected a full first page of open requests, got ${byDue.length}`)
  }
  // A request waiting for identity shows the date it would have if the answer came today, so the stored date is compared.
  const { rows: [{ first }] } = await db.sql(`SELECT due_on AS first FROM privacy_request WHERE id = $1`, [byDue[0].id])
  if (first !== earliest) {
    throw new Error(`the due-date page does not start at the earliest deadline, ${earliest}`)
  }
  const { stats } = await http(baseUrl, "GET", routes.stats.path, { headers })
  if (stats.overdue !== overdueCount || stats.open !== openCount) {
    throw new Error(`stats: ${stats.open} open and ${stats.overdue} overdue, expected ${openCount} and ${overdueCount}`)
  }
}

async function timed(baseUrl, path, headers) {
  const started = performance.now()
  const response = await fetch(`${baseUrl}${path}`, { headers })
  await response.arrayBuffer()
  const ms = performance.now() - started
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`)
  }
  return ms
}

function percentiles(timings) {
  const sorted = [...timings].sort((a, b) => a - b)
  return { p50: median(sorted), p95: sorted[Math.ceil(sorted.length * 0.95) - 1] }
}

function report() {
  console.log(`Data subject request inbox over ${requests.toLocaleString("en")} requests (${overdueCount.toLocaleString("en")} overdue), ${rounds} rounds × ${samples} requests per route, one client (${machineSummary()})`)
  for (const [key, { statement, plan }] of Object.entries(plans)) {
    console.log(`  plan, ${routes[key].label}:\n    ${statement}\n    ${plan.join("\n    ")}`)
  }
  const busiest = Math.max(...results.overdue.map((r) => r.load))
  if (busiest > 4) {
    console.log(`  WARNING: the machine's load average reached ${busiest.toFixed(1)}: other work shared the cores`)
  }
  let pass = true
  for (const [key, { label }] of Object.entries(routes)) {
    const p50 = median(results[key].map((r) => r.p50))
    const p95 = median(results[key].map((r) => r.p95))
    const perRound = results[key].map((r) => `${r.p50.toFixed(1)}/${r.p95.toFixed(1)}`).join(", ")
    const verdict = informational.has(key) ? "(for information)" : p50 <= target ? `(target p50 ≤ ${target} ms) PASS` : `(target p50 ≤ ${target} ms) FAIL`
    pass &&= informational.has(key) || p50 <= target
    console.log(`  ${label}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms [p50/p95 per round: ${perRound}] ${verdict}`)
  }
  process.exit(pass ? 0 : 1)
}
