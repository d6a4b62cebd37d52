import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const hostAppDir = path.join(projectRoot, "integration-tests", "host-app")
export const medusaBin = path.join(projectRoot, "node_modules", "@medusajs", "cli", "cli.js")

/**
 * The host app loads the plugin by its package name, exactly as a merchant's
 * app does; the dashboard build even requires it (`medusa-plugin-privacy/admin`).
 * A link in the host app's node_modules makes the name resolve to this project.
 */
export function linkPluginIntoHostApp() {
  const linkDir = path.join(hostAppDir, "node_modules")
  const link = path.join(linkDir, "medusa-plugin-privacy")
  const target = path.relative(linkDir, projectRoot)
  mkdirSync(linkDir, { recursive: true })
  if (existsSync(link) || isBrokenLink(link)) {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) {
      return
    }
    rmSync(link, { recursive: true, force: true })
  }
  symlinkSync(target, link, "dir")
}

function isBrokenLink(file) {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

export function assertPluginBuilt() {
  if (!existsSync(path.join(projectRoot, ".medusa", "server", "src", "modules", "privacy", "index.js"))) {
    throw new Error("The plugin is not built: run `npm run build` first.")
  }
}
