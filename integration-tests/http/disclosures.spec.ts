import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { checkout, createCatalogue, type Catalogue } from "../helpers/checkout"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { waitForExport } from "../helpers/exports"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { fulfil } from "../helpers/order-history"
import { act, recordRequest } from "../helpers/requests"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"

jest.setTimeout(300_000)

type Disclosure = { recipient_id: string; recipient_name: string; occasion: string; order_id: string | null; data_categories: string[] }

const failure = async (request: Promise<unknown>) => {
  try {
    await request
  } catch (error) {
    return (error as { response: { status: number; data: { message: string } } }).response
  }
  throw new Error("expected the request to fail")
}

/**
 * Issue 14: the register, the disclosure log written when Medusa hands data
 * to a provider's recipient (off the request path), the log in the
 * customer's export, disclosures recorded by hand, and the Art. 19 tasks an
 * erasure or restriction opens for exactly the recipients that had the data.
 */
medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "disclosures",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let officer: AdminSession
    let agent: AdminSession
    let kari: SignedInCustomer
    let catalogue: Catalogue

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      officer = await createAdminUser(api, getContainer())
      agent = await createAdminUser(api, getContainer(), undefined, "privacy_agent")
      kari = await signUpCustomer(api, store.publishableKey, { email: "kari.disclosures@example.test" })
      catalogue = await createCatalogue(api, officer, store)
    })

    const disclosuresOf = async (customerId: string): Promise<Disclosure[]> =>
      (await api.get(`/admin/customers/${customerId}/privacy/disclosures`, { headers: agent.headers })).data.disclosures
    /** Subscribers write the log after the request has answered: wait for what is expected. */
    const waitForDisclosures = async (customerId: string, done: (rows: Disclosure[]) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const rows = await disclosuresOf(customerId)
        if (done(rows)) return rows
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return disclosuresOf(customerId)
    }
    const manual = (body: Record<string, unknown>, session = agent) =>
      api.post(
        `/admin/customers/${kari.id}/privacy/disclosures`,
        { recipient_id: "intrum", data_categories: ["identity", "contact", "transaction"], occasion: "debt_collection", legal_basis: "legitimate_interests", disclosed_at: new Date(Date.now() - 60_000).toISOString(), reference: "INV-2026-114", ...body },
        { headers: session.headers }
      )

    it("lists the register with countries, roles and no transfer outside the EU/EEA", async () => {
      const { data } = await api.get("/admin/privacy/recipients", { headers: agent.headers })
      expect(data.transfers_outside_eea).toBe(false)
      expect(data.recipients.map((recipient: { name: string }) => recipient.name)).toEqual([
        "UpCloud Oy", "Posti Oy", "Paytrail Oyj", "Sendinblue SAS (Brevo)", "Intrum Oy", "Verohallinto",
      ])
      const posti = data.recipients.find((recipient: { id: string }) => recipient.id === "posti")
      expect(posti).toMatchObject({ role: "controller", category: "carrier", country: "FI", outside_eea: false, transfer: null, transfer_problem: null })
      expect(posti.providers.fulfillment).toEqual(["manual_manual"])
      expect(posti.purpose).toBe("Levering av bestillinger")
    })

    it("logs the carrier when a fulfillment is created through Medusa's workflow, and the customer's export names it", async () => {
      const { order } = await checkout(api, catalogue, { email: kari.email, headers: kari.headers })
      await fulfil(api, officer, catalogue, order.id, "JJFI6400000001")
      const rows = await waitForDisclosures(kari.id, (found) => found.some((row) => row.occasion === "fulfillment"))
      const carrier = rows.find((row) => row.occasion === "fulfillment")!
      expect(carrier).toMatchObject({ recipient_id: "posti", recipient_name: "Posti Oy", order_id: order.id, data_categories: ["identity", "contact", "transaction"] })
      // The payment session went to the payment provider's recipient too.
      expect(rows.some((row) => row.recipient_id === "paytrail")).toBe(true)
      expect(rows.filter((row) => row.recipient_id === "upcloud" || row.recipient_id === "vero")).toEqual([])

      // The customer sees the same recipients in their account, without staff's notes.
      const own = (await api.get("/store/customers/me/privacy/disclosures", { headers: kari.headers })).data.disclosures
      expect(own.find((row: Disclosure) => row.occasion === "fulfillment")).toEqual({
        recipient_id: "posti", recipient_name: "Posti Oy", occasion: "fulfillment", data_categories: ["identity", "contact", "transaction"], order_id: order.id, disclosed_at: expect.any(String),
      })
      expect((await failure(api.get("/store/customers/me/privacy/disclosures", { headers: { "x-publishable-api-key": store.publishableKey } }))).status).toBe(401)

      const { data: recipientLog } = await api.get("/admin/privacy/recipients/posti/disclosures", { headers: agent.headers })
      expect(recipientLog.count).toBe(1)
      expect((await api.get("/admin/privacy/recipients", { headers: agent.headers })).data.recipients.find((r: { id: string }) => r.id === "posti").disclosures_count).toBe(1)

      const started = await api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "signed_document" }, { headers: agent.headers })
      const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${started.data.export.id}`, agent.headers)
      const download = await api.get(`/admin/customers/${kari.id}/privacy/exports/${ready.id}/download`, { headers: agent.headers, responseType: "arraybuffer" })
      const files = await readZip(Buffer.from(download.data))
      const html = files.get("index.html")!
      expect(html).toContain("Hvem som har mottatt opplysningene dine")
      expect(html).toContain("Posti Oy")
      expect(files.get("data.json")!).toContain("Posti Oy")
    })

    it("logs a message sent through the e-mail provider as a disclosure to the e-mail service", async () => {
      await getContainer().resolve(Modules.NOTIFICATION).createNotifications({ to: kari.email, channel: "email", template: "order-shipped", data: {} })
      const rows = await waitForDisclosures(kari.id, (found) => found.some((row) => row.occasion === "notification"))
      expect(rows.find((row) => row.occasion === "notification")).toMatchObject({ recipient_id: "brevo", recipient_name: "Sendinblue SAS (Brevo)" })
    })

    it("records a disclosure by hand and refuses bad bodies with a 400 naming the field", async () => {
      const created = await manual({})
      expect(created.status).toBe(201)
      expect(created.data.disclosure).toMatchObject({ recipient_name: "Intrum Oy", occasion: "debt_collection", actor_type: "user", reference: "INV-2026-114" })
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ recipient_id: "lindorff" }, /'recipient_id' must be a recipient of the register/],
        [{ data_categories: ["shoe_size"] }, /'data_categories' must hold only identity/],
        [{ disclosed_at: new Date(Date.now() + 86_400_000).toISOString() }, /'disclosed_at' must not be in the future/],
        [{ occasion: "authority_request", recipient_id: "vero", legal_basis: "legal_obligation" }, /'legal_reference' is required for an authority's request/],
        [{ occasion: "fulfillment" }, /'debt_collection, authority_request, other' for field 'occasion'/],
      ]
      for (const [body, message] of cases) {
        const refused = await failure(manual(body))
        expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
      }
      expect((await disclosuresOf(kari.id)).length).toBe(1)
      const authority = await manual({ occasion: "authority_request", recipient_id: "vero", legal_basis: "legal_obligation", legal_reference: "Verotusmenettelylaki 19 §" })
      expect(authority.status).toBe(201)
      expect((await failure(api.get(`/admin/customers/${kari.id}/privacy/disclosures`, { headers: (await createAdminUser(api, getContainer(), undefined, null)).headers }))).status).toBe(403)
    })

    it("logs an audience download to the e-mail tool chosen, and refuses an unknown one", async () => {
      await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true, source: "storefront" }, { headers: kari.headers })
      const refused = await failure(api.get("/admin/privacy/audience", { headers: officer.headers, params: { recipient_id: "mailchimp" } }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/'recipient_id' must be a recipient of the register/)
      const csv = await api.get("/admin/privacy/audience", { headers: officer.headers, params: { format: "csv", recipient_id: "brevo" } })
      expect(csv.data).toContain(kari.email)
      const rows = await waitForDisclosures(kari.id, (found) => found.some((row) => row.occasion === "audience_download"))
      expect(rows.find((row) => row.occasion === "audience_download")).toMatchObject({ recipient_id: "brevo", data_categories: ["identity", "contact", "preference"] })
    })

    it("after an erasure, opens a task for exactly the recipients that had the customer's data, announces each, and lets an officer close it", async () => {
      const announced: Record<string, unknown>[] = []
      getContainer().resolve(Modules.EVENT_BUS).subscribe("privacy.recipient.notify", async (event: { data: Record<string, unknown> }) => {
        announced.push(event.data)
      })
      expect((await manual({})).status).toBe(201)
      await getContainer().resolve(Modules.NOTIFICATION).createNotifications({ to: kari.email, channel: "email", template: "newsletter", data: {} })
      const log = await waitForDisclosures(kari.id, (found) => found.some((row) => row.occasion === "notification"))
      const received = [...new Set(log.map((row) => row.recipient_id))].sort()
      expect(received).toEqual(["brevo", "intrum"])
      const erased = await api.post(`/admin/customers/${kari.id}/privacy/erasure`, { reason: "request by letter of 1 December" }, { headers: officer.headers })
      expect(erased.status).toBe(202)
      expect(erased.data.erasure.status).toBe("completed")

      const { data } = await api.get("/admin/privacy/recipient-tasks", { headers: agent.headers, params: { customer_id: kari.id } })
      expect(data.tasks.map((task: { recipient_id: string }) => task.recipient_id).sort()).toEqual(received)
      expect(data.tasks.every((task: { change: string; status: string }) => task.change === "erasure" && task.status === "open")).toBe(true)
      const intrum = data.tasks.find((task: { recipient_id: string }) => task.recipient_id === "intrum")
      expect(intrum.sources).toEqual([expect.objectContaining({ occasion: "debt_collection" })])
      for (let i = 0; i < 50 && announced.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100))
      expect(announced.map((event) => event.recipient_id).sort()).toEqual(["brevo", "intrum"])
      expect(JSON.stringify(announced)).not.toContain(kari.email)
      expect(Object.keys(announced[0]).sort()).toEqual(["change", "recipient_id", "task_id"])
      // The free text went with the erasure; that Intrum received data stays, pseudonymous.
      const { rows } = await dbConnection.raw(`SELECT recipient_name, reference FROM privacy_disclosure WHERE customer_id = ?`, [kari.id])
      expect(rows).toEqual(expect.arrayContaining([{ recipient_name: "Intrum Oy", reference: null }]))

      const close = (id: string, body: Record<string, unknown>, session = officer) => api.post(`/admin/privacy/recipient-tasks/${id}`, body, { headers: session.headers })
      expect((await failure(close(intrum.id, { status: "not_required" }))).data.message).toMatch(/'reason' is required/)
      expect((await failure(close(intrum.id, { status: "done" }, agent))).status).toBe(403)
      const closed = await close(intrum.id, { status: "not_required", reason: "Intrum closed the case in 2025 and holds no data" })
      expect(closed.data.task).toMatchObject({ status: "not_required", closed_by: officer.userId })
      const again = await failure(close(intrum.id, { status: "done" }))
      expect({ status: again.status, message: again.data.message }).toEqual({ status: 409, message: "The task is already closed (not_required)" })
      expect((await api.get("/admin/privacy/recipient-tasks", { headers: agent.headers, params: { status: "open" } })).data.count).toBe(1)
    })

    it("has the daily run delete disclosures without an order after disclosureLogYears, and keep the younger ones", async () => {
      const yearsAgo = (years: number) => new Date(Date.now() - years * 365.25 * 86_400_000 - 86_400_000).toISOString()
      expect((await manual({ disclosed_at: yearsAgo(3), reference: "OLD-1" })).status).toBe(201)
      expect((await manual({ disclosed_at: yearsAgo(2), reference: "YOUNG-1" })).status).toBe(201)
      const { runRetention } = builtPlugin("workflows")
      const run = await runRetention(getContainer(), { trigger: "schedule" })
      expect(run.counts.expired_rows_deleted.privacy_disclosure).toBe(1)
      const { rows } = await dbConnection.raw(`SELECT reference FROM privacy_disclosure WHERE customer_id = ?`, [kari.id])
      expect(rows).toEqual([{ reference: "YOUNG-1" }])
    })

    it("opens restriction tasks for a request's restriction, listed with the request", async () => {
      expect((await manual({})).status).toBe(201)
      const request = await recordRequest(api, agent, { customer_id: kari.id, rights: ["restriction"], verification_method: "session" })
      // The request's acknowledgement went to the customer through the e-mail service: that is a disclosure too.
      const log = await waitForDisclosures(kari.id, (found) => found.some((row) => row.occasion === "notification"))
      const received = [...new Set(log.map((row) => row.recipient_id))].sort()
      expect(received).toEqual(["brevo", "intrum"])
      expect((await act(api, agent, request.id, "restrict", { reason: "The customer contests the accuracy of the address" })).status).toBe(201)
      const { data } = await api.get("/admin/privacy/recipient-tasks", { headers: agent.headers, params: { request_id: request.id } })
      expect(data.tasks.map((task: { recipient_id: string }) => task.recipient_id).sort()).toEqual(received)
      expect(data.tasks.every((task: { change: string; request_id: string }) => task.change === "restriction" && task.request_id === request.id)).toBe(true)
    })
  },
})
