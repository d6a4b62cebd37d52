import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"
import { CHROMIUM_ARGS } from "../../scripts/lib/chromium.mjs"

/**
 * Signs in once and opens a customer, so the dashboard's modules are compiled
 * and its dependencies optimised before the specs start (the dev server
 * reloads the page when it optimises a dependency it had not seen).
 */
export async function warmUpDashboard({ url, chromiumPath, adminEmail, adminPassword, customerEmail, screenshotPath }) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "privacy-chromium-"))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  try {
    page.setDefaultTimeout(180_000)
    await page.goto(`${url}/app/login`)
    await page.getByPlaceholder("Email").fill(adminEmail)
    await page.getByPlaceholder("Password").fill(adminPassword)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.getByRole("link", { name: "Customers" }).first().click()
    await page.getByRole("row").filter({ hasText: customerEmail }).click()
    await page.getByRole("heading", { name: "Privacy profile" }).waitFor()
    await page.goto(`${url}/app/privacy`)
    await page.getByRole("heading", { name: "Privacy", level: 1 }).waitFor()
  } catch (error) {
    await page.screenshot({ path: screenshotPath, fullPage: true }).catch(() => {})
    throw error
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
