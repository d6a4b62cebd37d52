#!/usr/bin/env node
/**
 * The retention sweep over 100,000 customers with orders, 30% of whom have
 * been inactive for 40 months (and were warned two months ago):
 *   1. the sweep's time (the run's own duration) against a hand-written SQL
 *      transaction that anonymises the same columns of the same rows, each on
 *      a fresh copy of the same seeded database, same run: target ratio ≤ 3;
 *   2. the sweep's peak live-heap growth at 100,000 customers against 20,000
 *      (memory flat as the count grows).
 *   npm run bench:retention [-- --customers 100000 --small 20000 --rounds 3]
 */
import { spawn } from "node:child_process"
import { performance } from "node:perf_hooks"
import { hostAppDir, medusaBin } from "../scripts/lib/host-app.mjs"
import { machineSummary, median, prepareBenchDatabase } from "./lib/host.mjs"

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const large = arg("customers", 100_000)
const small = arg("small", 20_000)
const rounds = arg("rounds", 3)

const SEED = (n) => `
insert into customer (id, email, first_name, last_name, phone, has_account, created_at, updated_at)
  select 'cus_b' || i, 'kunde' || i || '@example.test', 'Fornavn' || i, 'Etternavn' || i, '+47 9' || lpad(i::text, 7, '0'), true,
         now() - interval '5 years', now() from generate_series(1, ${n}) i;
insert into customer_address (id, customer_id, first_name, last_name, address_1, city, postal_code, country_code, phone, is_default_shipping, is_default_billing, created_at, updated_at)
  select 'cuaddr_b' || i, 'cus_b' || i, 'Fornavn' || i, 'Etternavn' || i, 'Gate ' || i, 'Oslo', '0150', 'no', '+47 9' || lpad(i::text, 7, '0'), true, true, now(), now()
    from generate_series(1, ${n}) i;
insert into privacy_profile (id, customer_id, customer_number, language, source, last_activity_at, erasure_warning_sent_at, created_at, updated_at)
  select 'pprof_b' || i, 'cus_b' || i, 'B-' || lpad(i::text, 7, '0'), 'nb', 'storefront',
         case when i % 10 < 3 then now() - interval '40 months' else now() - interval '1 month' end,
         case when i % 10 < 3 then now() - interval '2 months' end, now(), now()
    from generate_series(1, ${n}) i;
insert into privacy_consent_subject (id, customer_id, email, language, created_at, updated_at)
  select 'pcsub_b' || i, 'cus_b' || i, 'kunde' || i || '@example.test', 'nb', now(), now() from generate_series(1, ${n}) i;
insert into auth_identity (id, app_metadata, created_at, updated_at)
  select 'authid_b' || i, jsonb_build_object('customer_id', 'cus_b' || i), now(), now() from generate_series(1, ${n}) i;
insert into provider_identity (id, entity_id, provider, auth_identity_id, provider_metadata, created_at, updated_at)
  select 'provid_b' || i, 'kunde' || i || '@example.test', 'emailpass', 'authid_b' || i, '{"password":"scrypt-hash"}', now(), now() from generate_series(1, ${n}) i;
insert into order_address (id, customer_id, first_name, last_name, address_1, city, postal_code, country_code, phone, created_at, updated_at)
  select 'ordaddr_b' || i, 'cus_b' || i, 'Fornavn' || i, 'Etternavn' || i, 'Gate ' || i, 'Oslo', '0150', 'no', '+47 9' || lpad(i::text, 7, '0'), now(), now()
    from generate_series(1, ${n}) i;
insert into "order" (id, display_id, customer_id, version, status, is_draft_order, email, currency_code, shipping_address_id, billing_address_id, created_at, updated_at)
  select 'order_b' || i, i, 'cus_b' || i, 1, 'completed', false, 'kunde' || i || '@example.test', 'eur', 'ordaddr_b' || i, 'ordaddr_b' || i,
         now() - interval '41 months', now() from generate_series(1, ${n}) i;
analyze;`

/** What the sweep does to the same rows, written by hand in one transaction. */
const HAND_WRITTEN = `
begin;
set local privacy.ledger_maintenance = 'on';
create temp table eligible on commit drop as
  select p.customer_id as id from privacy_profile p join customer c on c.id = p.customer_id
   where p.erased_at is null and p.last_activity_at < now() - interval '36 months';
update customer set first_name = null, last_name = null, company_name = null, email = null, phone = null, metadata = null,
       deleted_at = now(), has_account = false where id in (select id from eligible);
delete from customer_address where customer_id in (select id from eligible);
update "order" set email = null, metadata = null where customer_id in (select id from eligible);
update order_address set phone = null, metadata = null where customer_id in (select id from eligible);
delete from provider_identity where auth_identity_id in (select id from auth_identity where app_metadata->>'customer_id' in (select id from eligible));
delete from auth_identity where app_metadata->>'customer_id' in (select id from eligible);
update privacy_consent_subject set email = null, language = null, closed_at = now() where customer_id in (select id from eligible);
update privacy_profile set gender = null, homepage_url = null, language = '', last_activity_at = null,
       relationship_ended_at = now(), erased_at = now() where customer_id in (select id from eligible);
commit;`

function exec(databaseUrl, mode) {
  return new Promise((resolve, reject) => {
    const args = mode === "memory" ? ["--expose-gc", medusaBin, "exec", "./scripts/bench-retention.ts", "memory"] : [medusaBin, "exec", "./scripts/bench-retention.ts"]
    const child = spawn(process.execPath, args, {
      cwd: hostAppDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "error",
        NODE_ENV: "production",
        PRIVACY_LINK_SECRET: "bench-link-secret-0123456789abcdef0123456789abcdef",
        PRIVACY_PUBLIC_URL: "http://localhost:9000",
      },
      stdio: ["ignore", "pipe", "inherit"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => {
      const line = output.split("\n").find((row) => row.startsWith("BENCH "))
      line ? resolve(JSON.parse(line.slice(6))) : reject(new Error(`bench-retention exited with ${code}: ${output}`))
    })
  })
}

const results = {}
for (const [label, n] of [["small", small], ["large", large]]) {
  const db = await prepareBenchDatabase(`medusa_privacy_bench_retention_${label}`)
  const { default: pg } = await import("pg")
  const adminUrl = db.databaseUrl.replace(/\/[^/]+$/, "/postgres")
  const seedName = db.databaseUrl.split("/").pop()
  console.log(`Seeding ${n} customers…`)
  await db.sql(SEED(n))
  const copy = async (suffix) => {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`drop database if exists "${seedName}_${suffix}" with (force)`)
    await admin.query(`create database "${seedName}_${suffix}" template "${seedName}"`)
    await admin.end()
    return db.databaseUrl.replace(/\/[^/]+$/, `/${seedName}_${suffix}`)
  }
  const drop = async (suffix) => {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`drop database if exists "${seedName}_${suffix}" with (force)`)
    await admin.end()
  }
  results[label] = { n, sweep: [], sql: [], memory: null, erased: null }
  const measureRounds = label === "large" ? rounds : 0
  for (let round = 0; round < measureRounds; round++) {
    const sqlUrl = await copy("sql")
    const client = new pg.Client({ connectionString: sqlUrl })
    await client.connect()
    const start = performance.now()
    await client.query(HAND_WRITTEN)
    const sqlMs = performance.now() - start
    await client.end()
    await drop("sql")

    const sweepUrl = await copy("sweep")
    const sweep = await exec(sweepUrl, "time")
    await drop("sweep")
    results[label].sweep.push(sweep.duration_ms)
    results[label].sql.push(sqlMs)
    results[label].erased = sweep.counts.erased
    console.log(`  round ${round + 1}, ${n} customers: sweep ${(sweep.duration_ms / 1000).toFixed(2)} s (${sweep.counts.erased} erased), hand-written SQL ${(sqlMs / 1000).toFixed(2)} s`)
  }
  const memoryUrl = await copy("memory")
  const memory = await exec(memoryUrl, "memory")
  await drop("memory")
  results[label].memory = memory.peak_heap - memory.heap_before
  results[label].heap = memory
  results[label].erased = memory.counts.erased
  console.log(
    `  ${n} customers: ${memory.counts.erased} erased, live heap ${(memory.heap_before / 1e6).toFixed(1)} MB before, peak ${(memory.peak_heap / 1e6).toFixed(1)} MB, growth ${(results[label].memory / 1e6).toFixed(1)} MB (${memory.samples} samples)`
  )
  await db.stop()
}

const sweep = median(results.large.sweep)
const sql = median(results.large.sql)
console.log(`Retention sweep, ${rounds} rounds, medians (${machineSummary()})`)
console.log(`  ${large} customers, ${results.large.erased} eligible: sweep ${(sweep / 1000).toFixed(2)} s, hand-written SQL ${(sql / 1000).toFixed(2)} s, ratio ${(sweep / sql).toFixed(2)} (target ≤ 3) ${sweep / sql <= 3 ? "PASS" : "FAIL"}`)
console.log(
  `  peak live heap growth: ${(results.small.memory / 1e6).toFixed(1)} MB at ${small} customers (${results.small.erased} erased), ${(results.large.memory / 1e6).toFixed(1)} MB at ${large} (${results.large.erased} erased)`
)
