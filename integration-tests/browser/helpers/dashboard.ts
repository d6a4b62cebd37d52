import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromium, type BrowserContext, type Page } from "playwright-core"
import { demoStore } from "./demo"

export type Dashboard = { page: Page; url: string; close: () => Promise<void> }

/** A fresh Chromium profile on the demo's dashboard. */
export async function openDashboard(): Promise<Dashboard> {
  const demo = demoStore()
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "privacy-chromium-"))
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: demo.chromiumPath,
    headless: true,
    args: demo.chromiumArgs,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(60_000)
  return {
    page,
    url: demo.url,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Runs a spec's steps on the page; when one fails, the page as it was is kept
 * in integration-tests/browser/.artifacts/<name>.png before the error goes on.
 */
export async function onPage(dashboard: Dashboard, name: string, steps: (page: Page) => Promise<void>) {
  try {
    await steps(dashboard.page)
  } catch (error) {
    const dir = demoStore().artifactsDir
    mkdirSync(dir, { recursive: true })
    await dashboard.page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }).catch(() => {})
    throw error
  }
}

/** Signs in as the demo's staff user (the privacy officer), or as the login given. */
export async function signIn(page: Page, login?: { email: string; password: string }) {
  const demo = demoStore()
  await page.goto(`${demo.url}/app/login`)
  await page.getByPlaceholder("Email").fill(login?.email ?? demo.adminEmail)
  await page.getByPlaceholder("Password").fill(login?.password ?? demo.adminPassword)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.getByRole("link", { name: "Customers" }).first().waitFor()
}

/** Customers in the menu, then the customer's row; resolves once the privacy widget shows. */
export async function openCustomer(page: Page, email: string) {
  await page.getByRole("link", { name: "Customers" }).first().click()
  await page.getByRole("row").filter({ hasText: email }).click()
  await page.getByRole("heading", { name: email }).waitFor()
  await privacyWidget(page).waitFor()
}

/** The customer's "Privacy profile" card: the smallest block holding its heading and its rows. */
export function privacyWidget(page: Page) {
  return page
    .locator("div")
    .filter({ has: page.getByRole("heading", { name: "Privacy profile", exact: true }) })
    .filter({ has: page.getByText("Customer number", { exact: true }) })
    .last()
}
