#!/usr/bin/env node
/**
 * Builds `medusa-plugin-privacy/storefront`: type-checks storefront/src
 * (including that index.d.ts matches the code), bundles and minifies it into
 * storefront/dist/index.mjs with its stylesheet inlined, and copies the
 * declarations beside it. Run by `npm run build`, `npm test` and the demo.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"
import * as esbuild from "esbuild"
import { projectRoot } from "./lib/host-app.mjs"
import { run } from "./lib/run.mjs"

const storefrontDir = path.join(projectRoot, "storefront")
export const storefrontBundle = path.join(storefrontDir, "dist", "index.mjs")

/** Stylesheets are imported as minified strings, to be put in the banner's shadow root. */
const minifiedCss = {
  name: "minified-css",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async ({ path: file }) => {
      const { code } = await esbuild.transform(readFileSync(file, "utf8"), { loader: "css", minify: true })
      return { contents: `export default ${JSON.stringify(code.trim())}`, loader: "js" }
    })
  },
}

export async function buildStorefront({ typecheck = true } = {}) {
  if (typecheck) {
    await run(process.execPath, [path.join(projectRoot, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(storefrontDir, "tsconfig.json")], {
      cwd: projectRoot,
    })
  }
  mkdirSync(path.dirname(storefrontBundle), { recursive: true })
  await esbuild.build({
    entryPoints: [path.join(storefrontDir, "src", "index.ts")],
    outfile: storefrontBundle,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    // Members ending in "_" are the element's internals: short names make the bundle smaller.
    mangleProps: /[^_]_$/,
    legalComments: "none",
    plugins: [minifiedCss],
    logLevel: "warning",
  })
  copyFileSync(path.join(storefrontDir, "src", "index.d.ts"), path.join(storefrontDir, "dist", "index.d.ts"))
  return storefrontBundle
}

// No top-level await: Jest's global setup loads this module (through the demo server) with require().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildStorefront().then(
    () => console.log(`Built ${path.relative(projectRoot, storefrontBundle)}`),
    (error) => {
      console.error(error.message)
      process.exitCode = 1
    }
  )
}
