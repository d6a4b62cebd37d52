import { existsSync } from "node:fs"

/** Where Debian, Ubuntu and Google's packages put the browser; CHROMIUM_PATH names another. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]

/** The Chromium the browser specs drive, or null with the places looked at. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES
  return { path: candidates.find((file) => existsSync(file)) ?? null, lookedAt: candidates }
}

/**
 * Flags for a headless run as root in a container: no sandbox (it needs user
 * namespaces), no GPU, and nothing that calls Google's servers during a test.
 * The user-data-dir is passed separately, fresh for every launch.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
