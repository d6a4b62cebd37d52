import { createHmac } from "node:crypto"
import { existsSync, readdirSync, rmSync } from "node:fs"
import path from "node:path"
import { Writable } from "node:stream"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { pathOf, waitForExport } from "../helpers/exports"
import { openMailbox, tokenOf, waitForNotification } from "../helpers/mailbox"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"

jest.setTimeout(180_000)

const privateUploads = path.join(hostAppDir, "private")
const filesOf = (exportId: string) => (existsSync(privateUploads) ? readdirSync(privateUploads).filter((name) => name.includes(exportId)) : [])

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "exportdelivery",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let kari: SignedInCustomer

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      kari = await signUpCustomer(api, store.publishableKey, { email: "kari.delivery@example.test" })
    })

    const requestExport = async (customer: SignedInCustomer, body = {}) =>
      (await api.post("/store/customers/me/privacy/exports", body, { headers: customer.headers })).data.export
    const readyExport = async (customer: SignedInCustomer) => {
      const created = await requestExport(customer)
      return waitForExport(api, `/store/customers/me/privacy/exports/${created.id}`, customer.headers)
    }

    describe("asking for a copy", () => {
      it("answers 202 at once; the status route gives the download link when the build is done, and the customer is e-mailed it", async () => {
        const mailbox = openMailbox(getContainer())
        const response = await api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers })
        expect(response.status).toBe(202)
        expect(response.data.export).toMatchObject({ id: expect.stringMatching(/^pexp_/), status: "pending", requested_by: "customer", download_url: null })
        expect(response.data.export.failure_reason).toBeUndefined()

        const ready = await waitForExport(api, `/store/customers/me/privacy/exports/${response.data.export.id}`, kari.headers)
        expect(ready).toMatchObject({ status: "ready", download_url: expect.stringContaining("/privacy/exports/download?token=") })
        const days = (new Date(ready.expires_at as string).getTime() - Date.now()) / 86_400_000
        expect(days).toBeGreaterThan(6.9)
        expect(days).toBeLessThanOrEqual(7)

        const mail = await waitForNotification(
          getContainer(),
          { to: kari.email, template: "privacy-export-ready" },
          (notification) => notification.data?.download_url === "[link removed after sending]"
        )
        expect(mail).toMatchObject({ channel: "email", resource_type: "privacy_export", resource_id: ready.id, receiver_id: kari.id })
        // The mailbox got the link; the stored notification, which every staff user reads, keeps none.
        expect(mailbox.to(kari.email).find((sent) => sent.template === "privacy-export-ready")!.data.download_url).toBe(ready.download_url)
        expect(mail!.data).toMatchObject({ download_url: "[link removed after sending]", subject: expect.any(String) })
        expect(mail!.data!.text).toContain("[link removed after sending]")
        const { data: staffView } = await api.get("/admin/notifications?limit=100", { headers: admin.headers })
        expect(staffView.notifications.length).toBeGreaterThan(0)
        expect(JSON.stringify(staffView)).not.toContain(tokenOf(ready.download_url!))

        const { data: list } = await api.get("/store/customers/me/privacy/exports", { headers: kari.headers })
        expect(list.exports.map((row: { id: string }) => row.id)).toEqual([ready.id])

        const download = await api.post(pathOf(ready.download_url!), undefined, { responseType: "arraybuffer" })
        expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="privacy-export-\d{4}-\d{2}-\d{2}\.zip"$/)
        expect(download.headers["cache-control"]).toBe("no-store")
        const files = await readZip(Buffer.from(download.data))
        expect(JSON.parse(files.get("data.json")!).subject.customer_id).toBe(kari.id)
        mailbox.close()
      })

      it("allows a customer three copies a day; the fourth gets 429 with a message, and staff requests are not counted", async () => {
        for (let i = 0; i < 3; i++) {
          await requestExport(kari)
        }
        const refused = await failure(api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers }))
        expect(refused.status).toBe(429)
        expect(refused.data.message).toBe("You can ask for at most 3 copies of your data in 24 hours. Please try again later.")
        const { data: list } = await api.get("/store/customers/me/privacy/exports", { headers: kari.headers })
        expect(list.exports).toHaveLength(3)

        const staff = await api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "signed_document" }, { headers: admin.headers })
        expect(staff.status).toBe(202)

        const ola = await signUpCustomer(api, store.publishableKey, { email: "ola.delivery@example.test" })
        expect((await api.post("/store/customers/me/privacy/exports", {}, { headers: ola.headers })).status).toBe(202)
      })

      it("refuses bad bodies and anonymous callers with a clear 4xx", async () => {
        const extra = await failure(api.post("/store/customers/me/privacy/exports", { customer_id: "cus_other" }, { headers: kari.headers }))
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("customer_id")
        const language = await failure(api.post("/store/customers/me/privacy/exports", { language: "not a language!" }, { headers: kari.headers }))
        expect(language.status).toBe(400)
        expect(language.data.message).toContain("'language' must be a language tag")

        const anonymous = await failure(api.post("/store/customers/me/privacy/exports", {}, { headers: { "x-publishable-api-key": store.publishableKey } }))
        expect(anonymous.status).toBe(401)
        const anonymousList = await failure(api.get("/store/customers/me/privacy/exports", { headers: { "x-publishable-api-key": store.publishableKey } }))
        expect(anonymousList.status).toBe(401)
        const { rows } = await dbConnection.raw(`select count(*)::int as count from privacy_export`)
        expect(rows[0].count).toBe(0)
      })
    })

    describe("only the owner", () => {
      it("sees their own export: another customer gets 404 for it and does not find it in their list", async () => {
        const ready = await readyExport(kari)
        const ola = await signUpCustomer(api, store.publishableKey, { email: "ola.other@example.test" })

        const foreign = await failure(api.get(`/store/customers/me/privacy/exports/${ready.id}`, { headers: ola.headers }))
        expect(foreign.status).toBe(404)
        expect(JSON.stringify(foreign.data)).not.toContain("download")
        const { data: list } = await api.get("/store/customers/me/privacy/exports", { headers: ola.headers })
        expect(list.exports).toEqual([])

        const missing = await failure(api.get("/store/customers/me/privacy/exports/pexp_unknown", { headers: kari.headers }))
        expect(missing.status).toBe(404)
      })

      it("can use the link: an altered link is refused with 400, an expired one with 410, and neither gives the file", async () => {
        const ready = await readyExport(kari)
        const url = new URL(ready.download_url!)
        const token = url.searchParams.get("token")!

        const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")
        const { signToken } = builtPlugin("modules/privacy/lib/signed-token")
        const { parseLinkKey } = builtPlugin("modules/privacy/lib/link-keys")
        const { unsubscribeKey } = builtPlugin("unsubscribe")
        const later = [ready.id, Date.now() + 365 * 86_400_000]
        // A well-formed link with a later expiry, signed with another key; and the genuine MAC on a changed expiry.
        const forged = signToken("privacy-export", later, { id: "1", key: "a-guessed-secret-of-sufficient-length-0123456789" })
        const extended = `1.${Buffer.from(JSON.stringify(later)).toString("base64url")}.${token.split(".")[2]}`
        // What a mail tool holding the unsubscribe key, or the old format with the shop's secret itself, could make.
        const byMailTool = signToken("privacy-export", later, parseLinkKey(unsubscribeKey(process.env.PRIVACY_LINK_SECRET!)))
        const laterPayload = Buffer.from(JSON.stringify(later)).toString("base64url")
        const oldFormat = `${laterPayload}.${createHmac("sha256", process.env.PRIVACY_LINK_SECRET!).update(`privacy-export:${laterPayload}`).digest("base64url")}`
        expect(token.startsWith("1.")).toBe(true)
        for (const altered of [flipped, `${token}x`, forged, extended, byMailTool, oldFormat, "", "abc"]) {
          const refused = await failure(api.post(`/privacy/exports/download?token=${encodeURIComponent(altered)}`))
          expect(`${altered.slice(0, 12)}: ${refused.status}`).toBe(`${altered.slice(0, 12)}: 400`)
          expect(refused.data.message).toBe("This download link is not valid")
        }
        expect((await failure(api.post("/privacy/exports/download"))).status).toBe(400)

        // A genuine link whose own time is up.
        const privacy = getContainer().resolve("privacy")
        const lapsed = privacy.exportDownloadUrl(ready.id, new Date(Date.now() - 1000))
        const gone = await failure(api.post(pathOf(lapsed)))
        expect(gone.status).toBe(410)
        expect(gone.data.message).toContain("expired")

        // A link for an export the shop has since expired.
        await dbConnection.raw(`update privacy_export set expires_at = now() - interval '1 minute' where id = ?`, [ready.id])
        expect((await failure(api.post(pathOf(ready.download_url!)))).status).toBe(410)
        const { data: view } = await api.get(`/store/customers/me/privacy/exports/${ready.id}`, { headers: kari.headers })
        expect(view.export).toMatchObject({ status: "expired", download_url: null })

        const { rows } = await dbConnection.raw(`select download_count from privacy_export where id = ?`, [ready.id])
        expect(rows[0].download_count).toBe(0)
      })

      it("shows a page with a download button on GET, as link scanners only GET; the button's POST gives the file", async () => {
        const ready = await readyExport(kari)
        const page = await api.get(pathOf(ready.download_url!))
        expect(page.status).toBe(200)
        expect(page.headers["content-type"]).toContain("text/html")
        expect(page.headers["cache-control"]).toBe("no-store")
        expect(page.headers["referrer-policy"]).toBe("no-referrer")
        expect(page.data).toContain("Last ned (ZIP)")
        expect(page.data).not.toContain("PK")
        const action = /<form method="post" action="([^"]+)">/.exec(page.data)![1].replace(/&amp;/g, "&")
        expect(action).toBe(pathOf(ready.download_url!))
        const { rows } = await dbConnection.raw(`select download_count from privacy_export where id = ?`, [ready.id])
        expect(rows[0].download_count).toBe(0)

        const download = await api.post(action, "", { responseType: "arraybuffer", headers: { "content-type": "application/x-www-form-urlencoded" } })
        expect(download.headers["content-type"]).toBe("application/zip")
        expect((await readZip(Buffer.from(download.data))).has("data.json")).toBe(true)

        const altered = await failure(api.get(`/privacy/exports/download?token=${encodeURIComponent("abc")}`))
        expect(altered.status).toBe(400)
        expect(altered.data).toContain("ikke gyldig")
        const lapsed = await failure(api.get(pathOf(getContainer().resolve("privacy").exportDownloadUrl(ready.id, new Date(Date.now() - 1000)))))
        expect(lapsed.status).toBe(410)
        expect(lapsed.data).toContain("utløpt")
      })

      it("counts downloads for staff, who see them with the request's details", async () => {
        const ready = await readyExport(kari)
        await api.post(pathOf(ready.download_url!), undefined, { responseType: "arraybuffer" })
        const { data } = await api.get(`/admin/customers/${kari.id}/privacy/exports/${ready.id}`, { headers: admin.headers })
        expect(data.export).toMatchObject({ status: "ready", download_count: 1, attempts: 1, actor_type: "customer", actor_id: kari.id, verification: "session" })
        expect(data.export.last_downloaded_at).toEqual(expect.any(String))
      })
    })

    describe("staff", () => {
      it("record a request received by letter with how identity was checked, and can download it from the dashboard", async () => {
        const { data } = await api.post(
          `/admin/customers/${kari.id}/privacy/exports`,
          { verification: "signed_document", note: "Signed letter received 2026-11-20", language: "nb" },
          { headers: admin.headers }
        )
        expect(data.export).toMatchObject({ status: "pending", requested_by: "staff", verification: "signed_document", note: "Signed letter received 2026-11-20", actor_type: "user", language: "nb" })
        const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${data.export.id}`, admin.headers)
        expect(ready.status).toBe("ready")
        // Staff get no link that would let them act as the customer; they download with their own session.
        expect(ready.download_url).toBeNull()
        const fromDashboard = await api.get(`/admin/customers/${kari.id}/privacy/exports/${ready.id}/download`, { headers: admin.headers, responseType: "arraybuffer" })
        expect(fromDashboard.headers["content-type"]).toBe("application/zip")
        const files = await readZip(Buffer.from(fromDashboard.data))
        expect(files.get("index.html")).toContain('<html lang="nb">')

        const { data: list } = await api.get(`/admin/customers/${kari.id}/privacy/exports`, { headers: admin.headers })
        expect(list.exports).toEqual([expect.objectContaining({ id: data.export.id, note: "Signed letter received 2026-11-20" })])
      })

      it("get a clear 4xx for an unknown verification method, a missing one, an unknown customer or no session", async () => {
        const unknown = await failure(api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "phone_call" }, { headers: admin.headers }))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("'verification'")
        for (const method of ["signed_document", "in_person", "email_on_file", "session"]) {
          expect(unknown.data.message).toContain(method)
        }
        const missing = await failure(api.post(`/admin/customers/${kari.id}/privacy/exports`, {}, { headers: admin.headers }))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("'verification' is required")
        const longNote = await failure(
          api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "in_person", note: "x".repeat(1001) }, { headers: admin.headers })
        )
        expect(longNote.status).toBe(400)

        const nobody = await failure(api.post("/admin/customers/cus_nobody/privacy/exports", { verification: "in_person" }, { headers: admin.headers }))
        expect(nobody.status).toBe(404)
        expect(nobody.data.message).toBe("Customer with id 'cus_nobody' was not found")
        expect((await failure(api.get("/admin/customers/cus_nobody/privacy/exports", { headers: admin.headers }))).status).toBe(404)

        expect((await failure(api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "in_person" }))).status).toBe(401)
        expect((await failure(api.get(`/admin/customers/${kari.id}/privacy/exports`, { headers: kari.headers }))).status).toBe(401)
        const { rows } = await dbConnection.raw(`select count(*)::int as count from privacy_export`)
        expect(rows[0].count).toBe(0)
      })
    })

    describe("a build that fails", () => {
      it("is marked failed with a reason, leaves no file and no link, and builds when staff retry it", async () => {
        const files = getContainer().resolve(Modules.FILE)
        const realUploadStream = files.getUploadStream.bind(files)
        // The storage gives out half-way through writing the archive.
        files.getUploadStream = async (input) => {
          const upload = await realUploadStream(input)
          let written = 0
          const brokenDisk = new Writable({
            write(chunk: Buffer, _encoding, done) {
              written += chunk.length
              if (written > 100) {
                upload.writeStream.destroy()
                done(Object.assign(new Error("disk full at /srv/kari.export@example.test"), { code: "ENOSPC" }))
                return
              }
              upload.writeStream.write(chunk, done)
            },
          })
          return { ...upload, writeStream: brokenDisk }
        }
        let created
        try {
          created = await requestExport(kari)
          const failed = await waitForExport(api, `/store/customers/me/privacy/exports/${created.id}`, kari.headers)
          expect(failed).toMatchObject({ status: "failed", download_url: null })
          expect(failed.failure_reason).toBeUndefined()
        } finally {
          files.getUploadStream = realUploadStream
        }

        const { data: staffView } = await api.get(`/admin/customers/${kari.id}/privacy/exports/${created.id}`, { headers: admin.headers })
        expect(staffView.export).toMatchObject({ status: "failed", failure_reason: "The export could not be built: system error ENOSPC", attempts: 1, download_url: null })
        const { rows } = await dbConnection.raw(`select file_key from privacy_export where id = ?`, [created.id])
        expect(rows[0].file_key).toBeNull()
        expect(filesOf(created.id)).toEqual([])

        const retried = await api.post(`/admin/customers/${kari.id}/privacy/exports/${created.id}/retry`, {}, { headers: admin.headers })
        expect(retried.status).toBe(202)
        const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${created.id}`, admin.headers)
        expect(ready).toMatchObject({ status: "ready", attempts: 2, failure_reason: null })
        expect(filesOf(created.id)).toHaveLength(1)

        const again = await failure(api.post(`/admin/customers/${kari.id}/privacy/exports/${created.id}/retry`, {}, { headers: admin.headers }))
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("Only a failed export can be retried; this one is ready")
        const ola = await signUpCustomer(api, store.publishableKey, { email: "ola.retry@example.test" })
        const foreign = await failure(api.post(`/admin/customers/${ola.id}/privacy/exports/${created.id}/retry`, {}, { headers: admin.headers }))
        expect(foreign.status).toBe(404)
      })

      it("does not count against the customer's daily limit", async () => {
        const files = getContainer().resolve(Modules.FILE)
        const realUploadStream = files.getUploadStream.bind(files)
        files.getUploadStream = async () => {
          throw new Error("storage unavailable")
        }
        try {
          for (let i = 0; i < 3; i++) {
            const created = await requestExport(kari)
            expect((await waitForExport(api, `/store/customers/me/privacy/exports/${created.id}`, kari.headers)).status).toBe("failed")
          }
        } finally {
          files.getUploadStream = realUploadStream
        }
        expect((await api.post("/store/customers/me/privacy/exports", {}, { headers: kari.headers })).status).toBe(202)
      })
    })

    describe("when things happen twice or stop half-way", () => {
      it("builds once when the request is announced twice at the same time", async () => {
        const { data } = await api.post(`/admin/customers/${kari.id}/privacy/exports`, { verification: "in_person" }, { headers: admin.headers })
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "privacy.export.requested", data: { id: data.export.id } })
        const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${data.export.id}`, admin.headers)
        expect(ready).toMatchObject({ status: "ready", attempts: 1 })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const { data: again } = await api.get(`/admin/customers/${kari.id}/privacy/exports/${data.export.id}`, { headers: admin.headers })
        expect(again.export).toMatchObject({ status: "ready", attempts: 1, failure_reason: null })
        expect(filesOf(data.export.id)).toHaveLength(1)
        await waitForNotification(getContainer(), { resource_id: data.export.id })
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: data.export.id })
        expect(notifications).toHaveLength(1)
      })

      it("starts one build for a retry sent twice", async () => {
        const files = getContainer().resolve(Modules.FILE)
        const realUploadStream = files.getUploadStream.bind(files)
        files.getUploadStream = async () => {
          throw new Error("storage unavailable")
        }
        let id: string
        try {
          id = (await requestExport(kari)).id
          expect((await waitForExport(api, `/store/customers/me/privacy/exports/${id}`, kari.headers)).status).toBe("failed")
        } finally {
          files.getUploadStream = realUploadStream
        }
        const retry = () => api.post(`/admin/customers/${kari.id}/privacy/exports/${id}/retry`, {}, { headers: admin.headers }).catch((error) => error.response)
        const statuses = (await Promise.all([retry(), retry()])).map((response) => response.status).sort()
        expect(statuses).toEqual([202, 400])
        const ready = await waitForExport(api, `/admin/customers/${kari.id}/privacy/exports/${id}`, admin.headers)
        expect(ready).toMatchObject({ status: "ready", attempts: 2 })
        expect(filesOf(id)).toHaveLength(1)
      })

      it("restarts a request whose build never began and fails a build that never finished", async () => {
        const { recoverStalledExports, STALLED_BUILD_REASON } = builtPlugin("workflows")
        const interrupted = await requestExport(kari)
        await waitForExport(api, `/store/customers/me/privacy/exports/${interrupted.id}`, kari.headers)
        const lost = await requestExport(kari)
        await waitForExport(api, `/store/customers/me/privacy/exports/${lost.id}`, kari.headers)
        // As a restart leaves them: one mid-build, one whose event never arrived.
        await dbConnection.raw(`update privacy_export set status = 'building', file_key = null, updated_at = now() - interval '2 hours' where id = ?`, [interrupted.id])
        await dbConnection.raw(`update privacy_export set status = 'pending', attempts = 0, file_key = null, updated_at = now() - interval '1 hour' where id = ?`, [lost.id])

        expect(await recoverStalledExports(getContainer())).toEqual({ restarted: 1, failed: 1 })
        const { data: failed } = await api.get(`/admin/customers/${kari.id}/privacy/exports/${interrupted.id}`, { headers: admin.headers })
        expect(failed.export).toMatchObject({ status: "failed", failure_reason: STALLED_BUILD_REASON })
        expect(await waitForExport(api, `/store/customers/me/privacy/exports/${lost.id}`, kari.headers)).toMatchObject({ status: "ready" })
        expect(await recoverStalledExports(getContainer())).toEqual({ restarted: 0, failed: 0 })
      })

      it("answers 410, not an error, when the file behind a valid link is gone", async () => {
        const ready = await readyExport(kari)
        for (const name of filesOf(ready.id)) {
          rmSync(path.join(privateUploads, name))
        }
        const gone = await failure(api.post(pathOf(ready.download_url!)))
        expect(gone.status).toBe(410)
      })
    })

    describe("a deleted customer", () => {
      it("takes their copies along: the file is deleted and the link stops working", async () => {
        const ready = await readyExport(kari)
        await api.delete(`/admin/customers/${kari.id}`, { headers: admin.headers })
        const deadline = Date.now() + 30_000
        while (filesOf(ready.id).length && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        expect(filesOf(ready.id)).toEqual([])
        const { rows } = await dbConnection.raw(`select status, file_key from privacy_export where id = ?`, [ready.id])
        expect(rows[0]).toEqual({ status: "expired", file_key: null })
        expect((await failure(api.post(pathOf(ready.download_url!)))).status).toBe(410)
      })
    })

    describe("expiry", () => {
      it("removes the files of expired exports and keeps the others", async () => {
        const old = await readyExport(kari)
        const fresh = await readyExport(kari)
        expect(filesOf(old.id)).toHaveLength(1)
        await dbConnection.raw(`update privacy_export set expires_at = now() - interval '1 hour' where id = ?`, [old.id])

        const { expirePrivacyExports } = builtPlugin("workflows")
        const result = await expirePrivacyExports(getContainer())
        expect(result).toEqual({ expired: 1, failed: [] })
        expect(filesOf(old.id)).toEqual([])
        expect(filesOf(fresh.id)).toHaveLength(1)
        const { rows } = await dbConnection.raw(`select id, status, file_key from privacy_export order by created_at`)
        expect(rows).toEqual([
          { id: old.id, status: "expired", file_key: null },
          expect.objectContaining({ id: fresh.id, status: "ready" }),
        ])
        expect((await failure(api.post(pathOf(old.download_url!)))).status).toBe(410)
      })
    })
  },
})
