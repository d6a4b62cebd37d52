#!/usr/bin/env node
/**
 * The cookie banner's weight on a shop page: builds the storefront module and
 * gzips it (level 9) beside vanilla-cookieconsent 3.1.0's distributed bundle,
 * whose stylesheet is a file of its own, in the same run.
 * Targets: ≤ 6144 bytes gzipped, and smaller than vanilla-cookieconsent's JS + CSS.
 *   npm run bench:banner-size
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { buildStorefront } from "../scripts/build-storefront.mjs"

const LIMIT = 6144
const require = createRequire(import.meta.url)
const vanillaDir = path.dirname(require.resolve("vanilla-cookieconsent/package.json"))
const vanillaVersion = JSON.parse(readFileSync(path.join(vanillaDir, "package.json"), "utf8")).version

const measure = (name, file) => {
  const raw = readFileSync(file)
  return { name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length }
}

const ours = measure("medusa-plugin-privacy/storefront (index.mjs)", await buildStorefront({ typecheck: false }))
const vanillaJs = measure(`vanilla-cookieconsent ${vanillaVersion} dist/cookieconsent.umd.js`, path.join(vanillaDir, "dist", "cookieconsent.umd.js"))
const vanillaCss = measure(`vanilla-cookieconsent ${vanillaVersion} dist/cookieconsent.css`, path.join(vanillaDir, "dist", "cookieconsent.css"))
const vanillaTotal = { name: `vanilla-cookieconsent ${vanillaVersion} JS + CSS`, raw: vanillaJs.raw + vanillaCss.raw, gzip: vanillaJs.gzip + vanillaCss.gzip }

const rows = [ours, vanillaJs, vanillaCss, vanillaTotal]
const width = Math.max(...rows.map((row) => row.name.length))
console.log(`${"bundle".padEnd(width)}  ${"raw B".padStart(7)}  ${"gzip B".padStart(7)}`)
for (const row of rows) {
  console.log(`${row.name.padEnd(width)}  ${String(row.raw).padStart(7)}  ${String(row.gzip).padStart(7)}`)
}
console.log(`Node ${process.version}, zlib level 9; our module's CSS is inside its JS.`)

const checks = [
  [`gzip ≤ ${LIMIT} B`, ours.gzip <= LIMIT, `${ours.gzip} B`],
  ["smaller than vanilla-cookieconsent JS + CSS (gzip)", ours.gzip < vanillaTotal.gzip, `${((ours.gzip / vanillaTotal.gzip) * 100).toFixed(1)} % of it`],
]
for (const [name, ok, detail] of checks) {
  console.log(`${ok ? "PASS" : "FAIL"}  ${name}: ${detail}`)
}
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
