#!/usr/bin/env node
/**
 * The daily run's cleanup of cookie choices against a hand-written DELETE:
 * 1,000,000 stored choices (10% of them linked to customers), 30% past their
 * period (the choice's 6 months and the 3 proof years, counted from the
 * record), seeded with SQL before every measurement. One side is the
 * plugin's whole daily retention run (`medusa exec`, timed by the run's own
 * record), the other one `DELETE … WHERE created_at < now() - 42 months` on
 * the same rows; the sides alternate so drift hits both.
 * Target: the daily run ≤ 3× the hand-written DELETE (median of the rounds).
 *   npm run bench:cookie-cleanup [-- --rounds 3 --records 1000000]
 */
import { performance } from "node:perf_hooks"
import { hostAppDir, medusaBin } from "../scripts/lib/host-app.mjs"
import { run } from "../scripts/lib/run.mjs"
import { machineSummary, median, prepareBenchDatabase } from "./lib/host.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const rounds = arg("rounds", 3)
const records = arg("records", 1_000_000)
const target = 3
const expiredShare = 0.3

const db = await prepareBenchDatabase("medusa_privacy_bench_cookie_cleanup")

/** Every tenth record is expired three times: 30% older than 42 months, the others up to 40 months old. */
async function seed() {
  await db.sql("TRUNCATE privacy_cookie_consent")
  await db.sql(
    `INSERT INTO privacy_cookie_consent
       (id, consent_id, customer_id, action, granted, refused, revision, language, ip_prefix, user_agent, expires_at, created_at, updated_at)
     SELECT 'pckc_' || lpad(i::text, 26, '0'), md5(i::text)::uuid::text,
            CASE WHEN i % 10 = 9 THEN 'cus_bench_' || (i % 50000) END,
            (ARRAY['accept_all', 'reject_all', 'custom'])[1 + i % 3],
            CASE WHEN i % 3 = 0 THEN '["necessary","statistics"]'::jsonb ELSE '["necessary"]'::jsonb END,
            CASE WHEN i % 3 = 0 THEN '[]'::jsonb ELSE '["statistics"]'::jsonb END,
            '0123456789abcdef', 'nb', '192.0.2.0/24', 'Chrome 156 (Linux)',
            created + interval '6 months', created, created
       FROM (SELECT i, CASE WHEN i % 10 < 3 THEN now() - interval '43 months' - (i % 1000) * interval '1 hour'
                            ELSE now() - (i % 1200) * interval '1 day' END AS created
               FROM generate_series(1, $1::int) AS i) AS seeded`,
    [records]
  )
  await db.sql("VACUUM ANALYZE privacy_cookie_consent")
}

async function remaining() {
  const { rows: [{ count }] } = await db.sql("SELECT count(*)::int AS count FROM privacy_cookie_consent")
  return count
}

async function dailyRun() {
  let output = ""
  await run(process.execPath, [medusaBin, "exec", "./scripts/bench-retention.ts"], {
    cwd: hostAppDir,
    env: { DATABASE_URL: db.databaseUrl, LOG_LEVEL: "error" },
    onOutput: (chunk) => (output += chunk),
  })
  const line = output.split("\n").find((candidate) => candidate.startsWith("BENCH "))
  const result = JSON.parse(line.slice(6))
  return { ms: result.duration_ms, deleted: result.counts.expired_rows_deleted?.privacy_cookie_consent ?? 0 }
}

async function handDelete() {
  const started = performance.now()
  const { rowCount } = await db.sql("DELETE FROM privacy_cookie_consent WHERE created_at < now() - interval '42 months'")
  return { ms: performance.now() - started, deleted: rowCount }
}

const expected = records - Math.round(records * (1 - expiredShare))
const figures = { plugin: [], hand: [] }
try {
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 ? ["hand", "plugin"] : ["plugin", "hand"]) {
      await seed()
      const { ms, deleted } = side === "plugin" ? await dailyRun() : await handDelete()
      const left = await remaining()
      if (deleted !== expected || left !== records - expected) {
        throw new Error(`${side}: deleted ${deleted} and left ${left} of ${records}; expected ${expected} deleted`)
      }
      figures[side].push(ms)
      console.log(`  round ${round + 1}, ${side === "plugin" ? "daily run  " : "hand DELETE"}: ${ms.toFixed(0)} ms, ${deleted} deleted`)
    }
  }
  const plugin = median(figures.plugin)
  const hand = median(figures.hand)
  const ratio = plugin / hand
  console.log(`\n${machineSummary()}`)
  console.log(`Cleanup of ${records.toLocaleString("en")} cookie choices, ${expected.toLocaleString("en")} past their period (median of ${rounds} rounds):`)
  console.log(`  daily run ${plugin.toFixed(0)} ms, hand-written DELETE ${hand.toFixed(0)} ms: ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${ratio <= target ? "PASS" : "FAIL"}`)
  process.exitCode = ratio <= target ? 0 : 1
} finally {
  await db.stop()
}
