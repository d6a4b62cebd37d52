import type { Locator, Page } from "playwright-core"
import { onPage, openCustomer, openDashboard, privacyWidget, signIn, type Dashboard } from "./helpers/dashboard"
import { demoStore } from "./helpers/demo"

jest.setTimeout(300_000)

// Customers of the demo seed without orders that no other spec uses, one per case.
const DISCLOSED = "henrik.jensen@example.com"
const ERASED = "liv.karlsen@example.com"
const RESTRICTED = "magnus.johnsen@example.com"

const REGISTER = ["UpCloud Oy", "Posti Oy", "Paytrail Oyj", "Sendinblue SAS (Brevo)", "Intrum Oy", "Verohallinto"]

/** YYYY-MM-DD in the browser's (this machine's) time zone, `days` from today. */
function localDay(days: number) {
  const date = new Date(Date.now() + days * 86_400_000)
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

/** The customer's id, read with the signed-in session as the dashboard does. */
async function customerId(page: Page, email: string): Promise<string> {
  const response = await page.context().request.get(`${demoStore().url}/admin/customers`, { params: { email, fields: "id" } })
  const { customers } = (await response.json()) as { customers: { id: string }[] }
  expect(customers).toHaveLength(1)
  return customers[0].id
}

async function openRecipients(page: Page) {
  await page.getByRole("link", { name: "Privacy" }).first().click()
  await page.getByRole("heading", { name: "Privacy", level: 1 }).waitFor()
  // The innermost block holding both the heading and its link.
  await page
    .locator("div")
    .filter({ has: page.getByRole("heading", { name: "Recipients", level: 2 }) })
    .filter({ has: page.getByRole("link", { name: "Open" }) })
    .last()
    .getByRole("link", { name: "Open" })
    .click()
  await page.getByRole("heading", { name: "Recipients", level: 1 }).waitFor()
}

async function choose(page: Page, scope: Locator, combobox: string, option: string) {
  await scope.getByRole("combobox", { name: combobox }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

describe("Privacy → Recipients", () => {
  let dashboard: Dashboard
  beforeAll(async () => {
    dashboard = await openDashboard()
  })
  afterAll(async () => {
    await dashboard?.close()
  })

  it("the register lists the shop's six recipients with their roles, and a recipient opens its disclosures", () =>
    onPage(dashboard, "recipients-register", async (page) => {
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      await page.context().clearCookies()
      await signIn(page)
      await openRecipients(page)

      const rows = page.getByTestId("recipient-row")
      await rows.first().waitFor()
      expect(await rows.count()).toBe(REGISTER.length)
      for (const name of REGISTER) await rows.filter({ hasText: name }).waitFor()
      // The second column is the role.
      const role = async (name: string) => rows.filter({ hasText: name }).getByRole("cell").nth(1).textContent()
      expect(await role("Verohallinto")).toBe("Authority")
      expect(await role("UpCloud Oy")).toBe("Processor")
      expect(await role("Posti Oy")).toBe("Independent controller")
      // Every recipient of the demo is in the EU/EEA: no transfer to declare, none refused.
      expect(await page.getByText("Outside EU/EEA").count()).toBe(0)
      expect(await page.getByTestId("recipient-transfer-problem").count()).toBe(0)

      await rows.filter({ hasText: "Posti Oy" }).getByRole("button", { name: "Posti Oy" }).click()
      const drawer = page.getByRole("dialog", { name: "Disclosures to Posti Oy" })
      await drawer.getByText("Levering av bestillinger", { exact: false }).waitFor()
      await drawer.getByRole("columnheader", { name: "Occasion" }).waitFor()
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })
      expect(await page.locator(".text-ui-fg-error").count()).toBe(0)
      expect(pageErrors).toEqual([])
    }))

  it("staff record a disclosure to the debt collector on the customer page; a future date is refused with the API's message", () =>
    onPage(dashboard, "recipients-record-disclosure", async (page) => {
      await page.context().clearCookies()
      await signIn(page)
      await openCustomer(page, DISCLOSED)
      const section = privacyWidget(page).getByTestId("privacy-disclosures-section")
      await section.getByText("Nothing disclosed to recipients yet.").waitFor()

      await section.getByRole("button", { name: "Record disclosure" }).click()
      const drawer = page.getByRole("dialog", { name: "Record a disclosure" })
      await choose(page, drawer, "Recipient", "Intrum Oy")
      for (const category of ["Identity", "Contact", "Transaction"]) await drawer.getByRole("checkbox", { name: category, exact: true }).click()
      await choose(page, drawer, "Occasion", "Debt collection")
      await drawer.getByLabel("Reference (optional)", { exact: true }).fill("INT-2026-0042")
      await drawer.getByLabel("Date", { exact: true }).fill(localDay(1))
      await drawer.getByRole("button", { name: "Record", exact: true }).click()
      await drawer.getByRole("alert").filter({ hasText: /future/i }).waitFor()
      expect(await section.getByTestId("customer-disclosure-row").count()).toBe(0)

      await drawer.getByLabel("Date", { exact: true }).fill(localDay(0))
      await drawer.getByRole("button", { name: "Record", exact: true }).click()
      await drawer.waitFor({ state: "hidden" })
      const row = section.getByTestId("customer-disclosure-row").filter({ hasText: "Intrum Oy" })
      await row.getByText(/Debt collection: Identity, Contact, Transaction/).waitFor()
      await row.getByText(/INT-2026-0042/).waitFor()

      // The register counts it, and the collector's disclosures list it.
      await openRecipients(page)
      const intrum = page.getByTestId("recipient-row").filter({ hasText: "Intrum Oy" })
      await intrum.getByTestId("recipient-disclosures-count").getByText(/^[1-9]\d*$/).waitFor()
      await intrum.getByRole("button", { name: "Intrum Oy" }).click()
      await page.getByRole("dialog", { name: "Disclosures to Intrum Oy" }).getByTestId("recipient-disclosure-row").filter({ hasText: "Debt collection" }).first().waitFor()
    }))

  it("erasing a customer whose data went to the debt collector opens a task; an agent cannot close it, the officer records it as not required with a reason", () =>
    onPage(dashboard, "recipients-task", async (page) => {
      const demo = demoStore()
      await page.context().clearCookies()
      await signIn(page)
      const id = await customerId(page, ERASED)
      const api = page.context().request
      const disclosed = await api.post(`${demo.url}/admin/customers/${id}/privacy/disclosures`, {
        data: {
          recipient_id: "intrum",
          data_categories: ["identity", "contact", "transaction"],
          occasion: "debt_collection",
          legal_basis: "legitimate_interests",
          disclosed_at: new Date(Date.now() - 7 * 86_400_000).toISOString(),
          reference: "INT-2026-0051",
        },
      })
      expect(disclosed.status()).toBe(201)
      const erased = await api.post(`${demo.url}/admin/customers/${id}/privacy/erasure`, { data: { reason: "Request by signed letter" } })
      expect(erased.status()).toBe(202)
      await page.context().clearCookies()

      await signIn(page, { email: demo.agentEmail, password: demo.agentPassword })
      await openRecipients(page)
      await page.getByRole("tab", { name: /Tell recipients about changes/ }).click()
      const task = page.getByTestId("recipient-task-row").filter({ hasText: id }).filter({ hasText: "Intrum Oy" })
      await task.getByText("Erasure", { exact: true }).waitFor()
      await task.getByText(/Debt collection/).waitFor()
      expect(await task.getByRole("button", { name: "Mark done" }).isDisabled()).toBe(true)
      expect(await task.getByRole("button", { name: "Not required" }).isDisabled()).toBe(true)
      await page.context().clearCookies()

      await signIn(page)
      await openRecipients(page)
      await page.getByRole("tab", { name: /Tell recipients about changes/ }).click()
      await task.getByRole("button", { name: "Not required" }).click()
      const drawer = page.getByRole("dialog", { name: "Telling the recipient is not required" })
      const confirm = drawer.getByRole("button", { name: "Record as not required" })
      expect(await confirm.isDisabled()).toBe(true)
      await drawer.getByLabel("Reason").fill("The claim was withdrawn and Intrum confirmed it deleted the file")
      await confirm.click()
      await drawer.waitFor({ state: "hidden" })
      await task.waitFor({ state: "detached" })

      await choose(page, page.getByRole("tabpanel"), "Status", "Not required")
      const closed = page.getByTestId("recipient-task-row").filter({ hasText: id }).filter({ hasText: "Intrum Oy" })
      await closed.getByText("The claim was withdrawn and Intrum confirmed it deleted the file").waitFor()
      await closed.getByText(/^Not required,/).waitFor()
    }))

  it("a request's restriction lists the recipients to tell on the request page", () =>
    onPage(dashboard, "recipients-request", async (page) => {
      const demo = demoStore()
      await page.context().clearCookies()
      await signIn(page)
      const id = await customerId(page, RESTRICTED)
      const api = page.context().request
      const post = async (route: string, data: Record<string, unknown>) => {
        const response = await api.post(`${demo.url}${route}`, { data })
        expect(response.status()).toBeLessThan(300)
        return response.json()
      }
      await post(`/admin/customers/${id}/privacy/disclosures`, {
        recipient_id: "posti",
        data_categories: ["identity", "contact"],
        occasion: "other",
        legal_basis: "contract",
        disclosed_at: new Date(Date.now() - 86_400_000).toISOString(),
      })
      const { request } = await post("/admin/privacy/requests", { rights: ["restriction"], channel: "letter", customer_id: id })
      await post(`/admin/privacy/requests/${request.id}/verify`, { method: "signed_document" })
      await post(`/admin/privacy/requests/${request.id}/restrict`, { reason: "Contests the accuracy of the address" })

      await page.goto(`${demo.url}/app/privacy/requests/${request.id}`)
      await page.getByRole("heading", { name: request.reference, level: 1 }).waitFor()
      const tasks = page.getByTestId("request-recipient-tasks")
      const posti = tasks.getByTestId("request-recipient-task").filter({ hasText: "Posti Oy: restriction" })
      await posti.getByText("Open", { exact: true }).waitFor()
    }))
})
