import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createHmac, randomBytes } from "node:crypto"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { signUpCustomer, type SignedInCustomer } from "../helpers/customer"
import { parseCsv } from "../helpers/csv"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { openMailbox, tokenOf } from "../helpers/mailbox"
import { createStoreContext, type StoreContext } from "../helpers/store"

jest.setTimeout(300_000)

type Consent = { purpose: string; channel: string; granted: boolean; source: string | null }

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "consentlinks",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession

    const privacy = () => getContainer().resolve("privacy")
    const emailMarketing = async (who: SignedInCustomer) => {
      const { data } = await api.get("/store/customers/me/privacy/consents", { headers: who.headers })
      return (data.consents as Consent[]).find((c) => c.purpose === "marketing" && c.channel === "email")!
    }
    const grant = (who: SignedInCustomer) =>
      api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: who.headers })
    const linkFor = (customerId: string) =>
      privacy().unsubscribeLink({ customer_id: customerId, purpose: "marketing", channel: "email" })
    /** What a mail client sends for RFC 8058: no cookie, no authorization, no publishable key. */
    const oneClick = (url: string) =>
      api.post(url.replace(/^https?:\/\/[^/]+/, ""), "List-Unsubscribe=One-Click", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        validateStatus: () => true,
      })
    const subscribe = (body: Record<string, unknown>) =>
      api.post("/store/privacy/consents", body, { headers: { "x-publishable-api-key": store.publishableKey } })
    /** The confirmation e-mails as the mailbox got them: the stored notifications keep no link. */
    let mailbox: ReturnType<typeof openMailbox>
    const confirmationOf = async (email: string) =>
      mailbox.to(email).filter((mail) => mail.template === "privacy-consent-confirmation")

    /** The owner of the address follows the join link e-mailed when an account was opened with it. */
    const joinByMailbox = async (email: string) => {
      const mail = mailbox.to(email).find((sent) => sent.template === "privacy-consent-join")!
      const page = await api.get(pathOfUrl(mail.data.join_url))
      expect(page.data).toContain('<form method="post" action="/privacy/consents/join">')
      const done = await api.post("/privacy/consents/join", `token=${tokenOf(mail.data.join_url)}`, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })
      expect(done.status).toBe(200)
    }
    const pathOfUrl = (url: string) => url.replace(/^https?:\/\/[^/]+/, "")

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      mailbox = openMailbox(getContainer())
    })
    afterEach(() => mailbox?.close())

    describe("one-click unsubscribe", () => {
      it("withdraws at once on the RFC 8058 POST, with no cookie, sign-in or publishable key", async () => {
        const kari = await signUpCustomer(api, store.publishableKey)
        await grant(kari)
        const { url, headers } = linkFor(kari.id)
        expect(headers).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" })
        expect(url).toMatch(/^http:\/\/localhost:9000\/privacy\/unsubscribe\?token=1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)

        const response = await oneClick(url)
        expect(response.status).toBe(200)
        expect(response.headers["set-cookie"]).toBeUndefined()
        expect(response.data).toContain("Du vil ikke lenger motta markedsføring via e-post")
        expect(await emailMarketing(kari)).toMatchObject({ granted: false, source: "unsubscribe_link" })
        const { rows } = await dbConnection.raw("select actor_type, actor_id from privacy_consent_event order by seq desc limit 1")
        expect(rows[0]).toEqual({ actor_type: "customer", actor_id: kari.id })
      })

      it("still honours a link sent before links had key ids, and one made by a mail tool with the unsubscribe key only", async () => {
        const { unsubscribeKey, unsubscribeLink } = builtPlugin("unsubscribe")
        const kari = await signUpCustomer(api, store.publishableKey)
        const ola = await signUpCustomer(api, store.publishableKey)
        await grant(kari)
        await grant(ola)
        const payload = Buffer.from(JSON.stringify(["c", kari.id, "marketing", "email"])).toString("base64url")
        const oldMac = createHmac("sha256", process.env.PRIVACY_LINK_SECRET!).update(`privacy-unsubscribe:${payload}`).digest("base64url")
        expect((await oneClick(`/privacy/unsubscribe?token=${payload}.${oldMac}`)).status).toBe(200)
        expect(await emailMarketing(kari)).toMatchObject({ granted: false, source: "unsubscribe_link" })

        const fromTool = unsubscribeLink(
          { customer_id: ola.id, purpose: "marketing", channel: "email" },
          { key: unsubscribeKey(process.env.PRIVACY_LINK_SECRET!), publicUrl: "http://localhost:9000" }
        )
        expect(fromTool.url).toBe(linkFor(ola.id).url)
        expect((await oneClick(fromTool.url)).status).toBe(200)
        expect(await emailMarketing(ola)).toMatchObject({ granted: false })
      })

      it("appends nothing and counts no activity when the same link is replayed", async () => {
        const kari = await signUpCustomer(api, store.publishableKey)
        await grant(kari)
        const { url } = linkFor(kari.id)
        expect((await oneClick(url)).status).toBe(200)
        const events = async () =>
          Number((await dbConnection.raw("select count(*) from privacy_consent_event")).rows[0].count)
        const after = await events()
        await dbConnection.raw("update privacy_profile set last_activity_at = '2020-01-01' where customer_id = ?", [kari.id])
        const lastActivity = async () => (await privacy().listPrivacyProfiles({ customer_id: kari.id }))[0].last_activity_at.getTime()
        const before = await lastActivity()

        const replays = await Promise.all([oneClick(url), oneClick(url)])
        expect(replays.map((r) => r.status)).toEqual([200, 200])
        expect(replays[0].data).toContain("Du vil ikke lenger motta markedsføring via e-post")
        expect(await events()).toBe(after)
        expect(await lastActivity()).toBe(before)
      })

      it("shows a confirm page in the customer's language on GET, and changes nothing by it", async () => {
        const kari = await signUpCustomer(api, store.publishableKey)
        await api.post("/store/customers/me/privacy", { language: "fi" }, { headers: kari.headers })
        await grant(kari)
        const { url } = linkFor(kari.id)
        const page = await api.get(url.replace(/^https?:\/\/[^/]+/, ""))
        expect(page.headers["content-type"]).toContain("text/html")
        expect(page.data).toContain('<html lang="fi">')
        expect(page.data).toContain("Peruutetaanko tilaus: markkinointi sähköpostitse (Finmug)?")
        expect(page.data).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">')
        expect(await emailMarketing(kari)).toMatchObject({ granted: true })
      })

      it("rejects 10,000 random and altered tokens with the same 400, and changes nothing", async () => {
        const alice = await signUpCustomer(api, store.publishableKey, { email: "alice@example.test" })
        const bob = await signUpCustomer(api, store.publishableKey, { email: "bob@example.test" })
        await grant(alice)
        await grant(bob)
        const genuine = new URL(linkFor(alice.id).url).searchParams.get("token")!
        const [, payload, mac] = genuine.split(".")
        const forPayload = (tuple: unknown[]) => Buffer.from(JSON.stringify(tuple)).toString("base64url")
        const flip = (text: string, at: number) =>
          text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1)
        const otherSecret = (p: string) => createHmac("sha256", "not-the-shops-secret-0123456789abcdef").update(`privacy-unsubscribe:1.${p}`).digest("base64url")

        const tokens: string[] = []
        for (let i = 0; tokens.length < 10_000; i++) {
          switch (i % 8) {
            case 0: tokens.push(randomBytes(8 + (i % 60)).toString("base64url")); break
            case 1: tokens.push(`1.${flip(payload, i % payload.length)}.${mac}`); break
            case 2: tokens.push(`1.${payload}.${flip(mac, i % mac.length)}`); break
            case 3: tokens.push(`1.${forPayload(["c", bob.id, "marketing", "email"])}.${mac}`); break
            case 4: tokens.push(genuine.slice(0, genuine.length - 1 - (i % 40))); break
            case 5: tokens.push(i % 16 === 5 ? `1.${payload}.${otherSecret(payload)}` : `${i % 3 === 0 ? "2" : "0"}.${payload}.${mac}`); break
            case 6: tokens.push(`1.${forPayload(["c", `cus_${randomBytes(6).toString("hex")}`, "marketing", "email"])}.${randomBytes(32).toString("base64url")}`); break
            case 7: tokens.push(`${genuine}.${i}`); break
          }
        }
        const statuses = new Map<number, number>()
        const bodies = new Set<string>()
        for (let i = 0; i < tokens.length; i += 50) {
          const batch = await Promise.all(
            tokens.slice(i, i + 50).map((token) =>
              api.post(`/privacy/unsubscribe?token=${encodeURIComponent(token)}`, "List-Unsubscribe=One-Click", {
                headers: { "content-type": "application/x-www-form-urlencoded" },
                validateStatus: () => true,
              })
            )
          )
          for (const response of batch) {
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
            bodies.add(response.data)
          }
        }
        expect(Object.fromEntries(statuses)).toEqual({ 400: 10_000 })
        expect(bodies.size).toBe(1)
        expect(await emailMarketing(alice)).toMatchObject({ granted: true })
        expect(await emailMarketing(bob)).toMatchObject({ granted: true })
        const { rows } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event where action = 'withdrawn'")
        expect(rows[0].n).toBe(0)
      })

      it("lets customer A's link unsubscribe A only", async () => {
        const alice = await signUpCustomer(api, store.publishableKey, { email: "alice@example.test" })
        const bob = await signUpCustomer(api, store.publishableKey, { email: "bob@example.test" })
        await grant(alice)
        await grant(bob)
        expect((await oneClick(linkFor(alice.id).url)).status).toBe(200)
        expect(await emailMarketing(alice)).toMatchObject({ granted: false })
        expect(await emailMarketing(bob)).toMatchObject({ granted: true })
      })

      it("refuses a POST whose body is not List-Unsubscribe=One-Click", async () => {
        const kari = await signUpCustomer(api, store.publishableKey)
        await grant(kari)
        const path = linkFor(kari.id).url.replace(/^https?:\/\/[^/]+/, "")
        const response = await failure(api.post(path, "List-Unsubscribe=Please", { headers: { "content-type": "application/x-www-form-urlencoded" } }))
        expect(response.status).toBe(400)
        expect(await emailMarketing(kari)).toMatchObject({ granted: true })
      })
    })

    describe("sign-up without an account (double opt-in)", () => {
      it("keeps no working link in the notifications staff read, so staff cannot confirm for the mailbox", async () => {
        await subscribe({ email: "objector@example.test" })
        const [mail] = await confirmationOf("objector@example.test")
        const token = tokenOf(mail.data.confirm_url)
        const { data } = await api.get("/admin/notifications?limit=100", { headers: admin.headers })
        const stored = data.notifications.find((n: { to: string }) => n.to === "objector@example.test")
        expect(stored.data).toMatchObject({ confirm_url: "[link removed after sending]", subject: mail.data.subject })
        expect(stored.data.text).toContain("[link removed after sending]")
        expect(JSON.stringify(data)).not.toContain(token)
        const { rows } = await dbConnection.raw(`select data::text as data from notification`)
        expect(rows.map((row: { data: string }) => row.data).join("\n")).not.toContain(token)

        // The mailbox owner's link still works.
        await api.post("/privacy/consents/confirm", `token=${token}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        const { rows: events } = await dbConnection.raw("select source from privacy_consent_event")
        expect(events).toEqual([{ source: "double_opt_in" }])
      })

      it("grants nothing until the e-mailed link is confirmed, and the link works once", async () => {
        const response = await subscribe({ email: "Newsletter.Reader@Example.test", language: "sv" })
        expect(response.status).toBe(202)
        expect(response.data).toEqual({ status: "confirmation_sent" })
        const { rows: before } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
        expect(before[0].n).toBe(0)

        const [mail] = await confirmationOf("Newsletter.Reader@Example.test")
        expect(mail).toMatchObject({ channel: "email", template: "privacy-consent-confirmation" })
        expect(mail.data.subject).toBe("Bekräfta din prenumeration hos Finmug")
        expect(mail.data.text).toContain("marknadsföring via e-post")
        const confirmPath = (mail.data.confirm_url as string).replace(/^https?:\/\/[^/]+/, "")
        const token = new URL(mail.data.confirm_url as string).searchParams.get("token")!

        const page = await api.get(confirmPath)
        expect(page.data).toContain("Bekräfta att du vill få marknadsföring via e-post från Finmug.")
        const { rows: afterPage } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
        expect(afterPage[0].n).toBe(0)

        const confirmed = await api.post("/privacy/consents/confirm", `token=${token}`, {
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })
        expect(confirmed.status).toBe(200)
        expect(confirmed.data).toContain("Tack!")
        const { rows: events } = await dbConnection.raw(
          "select e.action, e.source, e.actor_type, s.email, s.language from privacy_consent_event e join privacy_consent_subject s on s.id = e.subject_id"
        )
        expect(events).toEqual([
          { action: "granted", source: "double_opt_in", actor_type: "subject", email: "newsletter.reader@example.test", language: "sv" },
        ])

        const again = await failure(
          api.post("/privacy/consents/confirm", `token=${token}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        )
        expect(again.status).toBe(400)
        expect((await failure(api.get(confirmPath))).status).toBe(400)
        const { rows: after } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
        expect(after[0].n).toBe(1)
      })

      it("answers the same for known and unknown addresses and sends one e-mail for a form sent twice", async () => {
        await signUpCustomer(api, store.publishableKey, { email: "registered@example.test" })
        const known = await subscribe({ email: "registered@example.test" })
        const unknown = await subscribe({ email: "stranger@example.test" })
        const twice = await subscribe({ email: "stranger@example.test" })
        expect([known.status, unknown.status, twice.status]).toEqual([202, 202, 202])
        expect(new Set([known.data, unknown.data, twice.data].map((d) => JSON.stringify(d))).size).toBe(1)
        expect(await confirmationOf("stranger@example.test")).toHaveLength(1)
        expect(await confirmationOf("registered@example.test")).toHaveLength(1)
      })

      it("refuses an expired confirmation link", async () => {
        await subscribe({ email: "slow-reader@example.test" })
        const [mail] = await confirmationOf("slow-reader@example.test")
        const token = new URL(mail.data.confirm_url as string).searchParams.get("token")!
        await dbConnection.raw("update privacy_consent_confirmation set expires_at = now() - interval '1 minute'")
        const response = await failure(
          api.post("/privacy/consents/confirm", `token=${token}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        )
        expect(response.status).toBe(400)
        const { rows } = await dbConnection.raw("select count(*)::int as n from privacy_consent_event")
        expect(rows[0].n).toBe(0)
      })

      it("lets a customer who unsubscribed opt in again by double opt-in, while an older link stays dead", async () => {
        const kari = await signUpCustomer(api, store.publishableKey, { email: "kari@example.test" })
        await subscribe({ email: "kari@example.test" })
        const [older] = await confirmationOf("kari@example.test")
        const olderToken = new URL(older.data.confirm_url as string).searchParams.get("token")!
        await grant(kari)
        expect((await oneClick(linkFor(kari.id).url)).status).toBe(200)

        const stale = await failure(
          api.post("/privacy/consents/confirm", `token=${olderToken}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        )
        expect(stale.status).toBe(400)
        expect(await emailMarketing(kari)).toMatchObject({ granted: false })

        await dbConnection.raw("update privacy_consent_confirmation set created_at = now() - interval '1 hour'")
        await subscribe({ email: "kari@example.test" })
        const mails = await confirmationOf("kari@example.test")
        const fresh = new URL(mails[mails.length - 1].data.confirm_url as string).searchParams.get("token")!
        await api.post("/privacy/consents/confirm", `token=${fresh}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        expect(await emailMarketing(kari)).toMatchObject({ granted: true, source: "double_opt_in" })
      })

      it("joins the subscriber's history to the customer when they register with the same e-mail", async () => {
        await subscribe({ email: "later-customer@example.test" })
        const [mail] = await confirmationOf("later-customer@example.test")
        const token = new URL(mail.data.confirm_url as string).searchParams.get("token")!
        await api.post("/privacy/consents/confirm", `token=${token}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const registered = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const customer = await signUpCustomer(api, store.publishableKey, { email: "later-customer@example.test" })
        await registered
        // Nothing joins until the mailbox says the account is theirs.
        const before = await api.get("/store/customers/me/privacy/consents", { headers: customer.headers })
        expect(before.data.history).toEqual([])
        await joinByMailbox("later-customer@example.test")

        const { data } = await api.get("/store/customers/me/privacy/consents", { headers: customer.headers })
        expect((data.consents as Consent[]).find((c) => c.channel === "email")).toMatchObject({ granted: true, source: "double_opt_in" })
        expect(data.history.map((e: { source: string }) => e.source)).toEqual(["double_opt_in"])

        // The subscriber's own unsubscribe link, sent before they registered, still works and acts on the customer.
        const subscriber = (await dbConnection.raw("select id from privacy_consent_subject where customer_id is null")).rows[0].id
        const oldLink = privacy().unsubscribeLink({ subject_id: subscriber, purpose: "marketing", channel: "email" })
        expect((await oneClick(oldLink.url)).status).toBe(200)
        expect((await api.get("/store/customers/me/privacy/consents", { headers: customer.headers })).data.consents.find(
          (c: Consent) => c.channel === "email"
        )).toMatchObject({ granted: false, source: "unsubscribe_link" })
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: customer.headers })

        // The merged history is the customer's: their own withdrawal applies to it.
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: false }, { headers: customer.headers })
        const { data: audience } = await api.get("/admin/privacy/audience", { headers: admin.headers })
        expect(audience.audience.map((m: { email: string }) => m.email)).not.toContain("later-customer@example.test")
      })

      it("does not show someone else's history to an account opened with their address, nor let its grant undo their objection", async () => {
        // The owner of the address signs up, confirms, and later unsubscribes (an objection).
        await subscribe({ email: "owner@example.test" })
        const [mail] = await confirmationOf("owner@example.test")
        await api.post("/privacy/consents/confirm", `token=${tokenOf(mail.data.confirm_url)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        const subscriber = (await dbConnection.raw("select id from privacy_consent_subject where email = 'owner@example.test'")).rows[0].id
        expect((await oneClick(privacy().unsubscribeLink({ subject_id: subscriber, purpose: "marketing", channel: "email" }).url)).status).toBe(200)

        // Someone else registers with that address (Medusa does not verify it).
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const registered = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const impostor = await signUpCustomer(api, store.publishableKey, { email: "owner@example.test" })
        await registered
        const { data } = await api.get("/store/customers/me/privacy/consents", { headers: impostor.headers })
        expect(data.history).toEqual([])
        const { data: exportStarted } = await api.post("/store/customers/me/privacy/exports", {}, { headers: impostor.headers })
        expect(exportStarted.export.status).toBe("pending")

        // Their grant waits for the mailbox; the objection stands, and the audience leaves the address out.
        const grantResponse = await grant(impostor)
        expect(grantResponse.status).toBe(202)
        expect(grantResponse.data).toEqual({ status: "confirmation_sent" })
        expect(await emailMarketing(impostor)).toMatchObject({ granted: false })
        const { data: audience } = await api.get("/admin/privacy/audience", { headers: admin.headers })
        expect(audience.audience.map((m: { email: string }) => m.email)).not.toContain("owner@example.test")
        expect(mailbox.to("owner@example.test").map((sent) => sent.template)).toEqual([
          "privacy-consent-confirmation",
          "privacy-consent-join",
          "privacy-consent-confirmation",
        ])

        // A join link whose account changed its address no longer joins.
        const join = mailbox.to("owner@example.test").find((sent) => sent.template === "privacy-consent-join")!
        await dbConnection.raw("update customer set email = 'impostor@example.test' where id = ?", [impostor.id])
        const stale = await failure(
          api.post("/privacy/consents/join", `token=${tokenOf(join.data.join_url)}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        )
        expect(stale.status).toBe(400)
        expect((await api.get("/store/customers/me/privacy/consents", { headers: impostor.headers })).data.history).toEqual([])
      })

      it.each([
        [{}, "email"],
        [{ email: "not-an-address" }, "email"],
        [{ email: "a@example.test", channel: "sms" }, "channel"],
        [{ email: "a@example.test", purpose: "raffles" }, "purpose"],
        [{ email: "a@example.test", granted: true }, "granted"],
      ])("refuses %j with 400 naming the field", async (body, field) => {
        const response = await failure(subscribe(body))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      })
    })

    describe("audience for e-mail tools", () => {
      it("refuses an unknown parameter with 400 naming it", async () => {
        const response = await failure(api.get("/admin/privacy/audience?purpose=marketing&chanel=sms", { headers: admin.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("chanel")
      })

      it("lists exactly the people opted in, with their own unsubscribe link, page by page and as CSV", async () => {
        const customers = await Promise.all(
          ["a", "b", "c", "d"].map((name) => signUpCustomer(api, store.publishableKey, { email: `${name}@example.test` }))
        )
        await api.post("/store/customers/me/privacy", { language: "sv" }, { headers: customers[0].headers })
        for (const customer of customers.slice(0, 3)) {
          await grant(customer)
        }
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: false }, { headers: customers[2].headers })

        const first = (await api.get("/admin/privacy/audience?purpose=marketing&channel=email&limit=1", { headers: admin.headers })).data
        expect(first.audience).toHaveLength(1)
        expect(first.next_cursor).toEqual(expect.any(String))
        const second = (await api.get(`/admin/privacy/audience?limit=1&cursor=${first.next_cursor}`, { headers: admin.headers })).data
        expect(second.audience).toHaveLength(1)
        expect(second.next_cursor).toBeNull()
        const members = [...first.audience, ...second.audience]
        expect(members.map((m: { email: string }) => m.email).sort()).toEqual(["a@example.test", "b@example.test"])
        const a = members.find((m: { email: string }) => m.email === "a@example.test")
        expect(a).toMatchObject({ customer_id: customers[0].id, language: "sv" })

        const csv = await api.get("/admin/privacy/audience?format=csv", { headers: admin.headers })
        expect(csv.headers["content-type"]).toContain("text/csv")
        const rows = parseCsv(csv.data)
        expect(rows[0]).toEqual(["customer_id", "email", "language", "unsubscribe_url", "consented_at"])
        expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(["a@example.test", "b@example.test"])

        // The link in the list is that person's own one-click link.
        expect((await oneClick(a.unsubscribe_url)).status).toBe(200)
        const after = (await api.get("/admin/privacy/audience", { headers: admin.headers })).data
        expect(after.audience.map((m: { email: string }) => m.email)).toEqual(["b@example.test"])
      })

      it("mails the address the customer uses now, also when their first act was unsubscribing", async () => {
        const kari = await signUpCustomer(api, store.publishableKey, { email: "kari@example.test" })
        expect((await oneClick(linkFor(kari.id).url)).status).toBe(200)
        await grant(kari)
        expect((await api.get("/admin/privacy/audience", { headers: admin.headers })).data.audience.map((m: { email: string }) => m.email)).toEqual([
          "kari@example.test",
        ])

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const synced = TestEventUtils.waitSubscribersExecution("customer.updated", eventBus)
        await api.post(`/admin/customers/${kari.id}`, { email: "kari.nordmann@example.test" }, { headers: admin.headers })
        await synced
        expect((await api.get("/admin/privacy/audience", { headers: admin.headers })).data.audience.map((m: { email: string }) => m.email)).toEqual([
          "kari.nordmann@example.test",
        ])
      })

      it("joins a guest checkout's consents to the account made later with the same e-mail", async () => {
        const [guest] = await getContainer().resolve(Modules.CUSTOMER).createCustomers([{ email: "guest@example.test", has_account: false }])
        await api.post(
          `/admin/customers/${guest.id}/privacy/consents`,
          { purpose: "marketing", channel: "post", granted: true, source: "admin_letter", note: "Ticked the box on the paper order form" },
          { headers: admin.headers }
        )
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const joined = TestEventUtils.waitSubscribersExecution("customer.created", eventBus)
        const registered = await signUpCustomer(api, store.publishableKey, { email: "guest@example.test" })
        await joined
        await joinByMailbox("guest@example.test")
        const { data } = await api.get("/store/customers/me/privacy/consents", { headers: registered.headers })
        expect((data.consents as Consent[]).find((c) => c.channel === "post")).toMatchObject({ granted: true, source: "admin_letter" })
      })

      it("leaves out a customer whose account was deleted", async () => {
        const kari = await signUpCustomer(api, store.publishableKey, { email: "kari@example.test" })
        await grant(kari)
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const deleted = TestEventUtils.waitSubscribersExecution("customer.deleted", eventBus)
        await api.delete(`/admin/customers/${kari.id}`, { headers: admin.headers })
        await deleted
        expect((await api.get("/admin/privacy/audience", { headers: admin.headers })).data.audience).toEqual([])
      })

      it("gives SMS audiences the customers' phone numbers", async () => {
        const kari = await signUpCustomer(api, store.publishableKey, { email: "kari@example.test" })
        await api.post("/admin/customers/" + kari.id, { phone: "+47 91234567" }, { headers: admin.headers })
        await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "sms", granted: true }, { headers: kari.headers })
        const { data } = await api.get("/admin/privacy/audience?channel=sms", { headers: admin.headers })
        expect(data.audience).toEqual([
          expect.objectContaining({ customer_id: kari.id, email: "kari@example.test", phone: "+47 91234567" }),
        ])
        expect(data.audience[0].unsubscribe_url).toContain("/privacy/unsubscribe?token=")
      })

      it("streams lists longer than one page as CSV", async () => {
        await Promise.all(
          Array.from({ length: 1201 }, (_, i) =>
            privacy().recordConsent({
              subject: { email: `list-${i}@example.test` },
              purpose: "marketing", channel: "email", action: "granted", source: "import", actor: { type: "system" },
            })
          )
        )
        const csv = await api.get("/admin/privacy/audience?format=csv", { headers: admin.headers })
        const rows = parseCsv(csv.data).slice(1)
        expect(rows).toHaveLength(1201)
        expect(new Set(rows.map((row) => row[1])).size).toBe(1201)
      })

      it("includes confirmed subscribers without an account, whose link works too", async () => {
        await subscribe({ email: "reader@example.test" })
        const [mail] = await confirmationOf("reader@example.test")
        const token = new URL(mail.data.confirm_url as string).searchParams.get("token")!
        await api.post("/privacy/consents/confirm", `token=${token}`, { headers: { "content-type": "application/x-www-form-urlencoded" } })
        const { data } = await api.get("/admin/privacy/audience", { headers: admin.headers })
        expect(data.audience).toEqual([
          expect.objectContaining({ customer_id: null, email: "reader@example.test", language: "nb" }),
        ])
        expect((await oneClick(data.audience[0].unsubscribe_url)).status).toBe(200)
        expect((await api.get("/admin/privacy/audience", { headers: admin.headers })).data.audience).toEqual([])
      })

      it.each([
        ["?purpose=raffles", "purpose"],
        ["?channel=pigeon", "channel"],
        ["?limit=0", "limit"],
        ["?limit=5000", "limit"],
        ["?cursor=!!", "cursor"],
        ["?format=xml", "format"],
      ])("refuses %s with 400 naming the parameter", async (query, field) => {
        const response = await failure(api.get(`/admin/privacy/audience${query}`, { headers: admin.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      })

      it("is for staff only", async () => {
        expect((await failure(api.get("/admin/privacy/audience"))).status).toBe(401)
      })
    })
  },
})
