#!/usr/bin/env node
/**
 * Host-app boot time with the plugin vs without it, same machine, same run.
 * Boots alternate (without, with, without, …) so drift hits both sides; the
 * median of each side is compared. Target: ratio ≤ 1.15.
 *   npm run bench:boot [-- --rounds 7]
 */
import { machineSummary, median, prepareBenchDatabase, startHostApp } from "./lib/host.mjs"

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 7
const db = await prepareBenchDatabase("medusa_privacy_bench_boot")
const timings = { without: [], with: [] }
try {
  // One unmeasured boot of each kind warms the file system cache.
  for (const withPlugin of [false, true]) {
    await (await startHostApp({ databaseUrl: db.databaseUrl, withPlugin })).stop()
  }
  for (let round = 0; round < rounds; round++) {
    for (const withPlugin of [false, true]) {
      const app = await startHostApp({ databaseUrl: db.databaseUrl, withPlugin })
      timings[withPlugin ? "with" : "without"].push(app.bootMs)
      await app.stop()
    }
  }
} finally {
  await db.stop()
}

const without = median(timings.without)
const withPlugin = median(timings.with)
const ratio = withPlugin / without
console.log(`Boot time, median of ${rounds} boots each (${machineSummary()})`)
console.log(`  without plugin: ${without.toFixed(0)} ms   [${timings.without.map((t) => t.toFixed(0)).join(", ")}]`)
console.log(`  with plugin:    ${withPlugin.toFixed(0)} ms   [${timings.with.map((t) => t.toFixed(0)).join(", ")}]`)
console.log(`  ratio:          ${ratio.toFixed(3)} (target ≤ 1.15) ${ratio <= 1.15 ? "PASS" : "FAIL"}`)
process.exit(ratio <= 1.15 ? 0 : 1)
