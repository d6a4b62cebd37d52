import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { createCatalogue, type Catalogue } from "../helpers/checkout"
import type { SignedInCustomer } from "../helpers/customer"
import { hostAppDir } from "../helpers/host-app"
import { openMailbox, tokenOf } from "../helpers/mailbox"
import { finmugPrivacyOptions } from "../host-app/privacy-options"
import { LOYALTY_MEMBER_ENTRIES, customerWithHistory as seedCustomerWithHistory, otherCustomer as seedOtherCustomer } from "../helpers/customer-history"
import { createStoreContext, type StoreContext } from "../helpers/store"
import { readZip } from "../helpers/zip"

jest.setTimeout(300_000)

// The shop's options with a page of one record, so every section is read across pages, and a
// table of the merchant's own (created below) that the data map says holds the customer's data.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  exports: { pageSize: 1 },
  dataMap: {
    entries: LOYALTY_MEMBER_ENTRIES,
  },
})

/**
 * Which rows of each mapped table belong to the customer ($1 = customer id,
 * $2 = e-mail), written by hand and independent of the export's own code.
 * A table added to the map without a line here fails the test.
 */
const ORDERS = `select id from "order" where customer_id = $1`
const PAYMENTS = `select p.id from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id in (${ORDERS})`
const FULFILLMENTS = `select fulfillment_id from order_fulfillment where order_id in (${ORDERS})`
const SUBJECTS = `select id from privacy_consent_subject where customer_id = $1 or merged_into_id in (select id from privacy_consent_subject where customer_id = $1)`
const AUTH = `select id from auth_identity where app_metadata->>'customer_id' = $1`
const CARTS = `select id from cart where customer_id = $1`
const OWNERSHIP: Record<string, string> = {
  customer: `id = $1`,
  customer_address: `customer_id = $1`,
  customer_group_customer: `customer_id = $1`,
  cart: `id in (${CARTS})`,
  cart_address: `id in (select shipping_address_id from cart where id in (${CARTS}) union select billing_address_id from cart where id in (${CARTS}))`,
  cart_line_item: `cart_id in (${CARTS})`,
  cart_shipping_method: `cart_id in (${CARTS})`,
  credit_line: `cart_id in (${CARTS})`,
  order: `customer_id = $1`,
  order_address: `id in (select shipping_address_id from "order" where customer_id = $1 union select billing_address_id from "order" where customer_id = $1)`,
  order_item: `order_id in (${ORDERS})`,
  order_line_item: `id in (select item_id from order_item where order_id in (${ORDERS}))`,
  order_line_item_adjustment: `item_id in (select item_id from order_item where order_id in (${ORDERS}))`,
  order_shipping_method: `id in (select shipping_method_id from order_shipping where order_id in (${ORDERS}))`,
  order_credit_line: `order_id in (${ORDERS})`,
  order_change: `order_id in (${ORDERS})`,
  order_change_action: `order_id in (${ORDERS})`,
  return: `order_id in (${ORDERS})`,
  return_item: `return_id in (select id from return where order_id in (${ORDERS}))`,
  order_claim: `order_id in (${ORDERS})`,
  order_claim_item: `claim_id in (select id from order_claim where order_id in (${ORDERS}))`,
  order_claim_item_image: `claim_item_id in (select id from order_claim_item where claim_id in (select id from order_claim where order_id in (${ORDERS})))`,
  order_exchange: `order_id in (${ORDERS})`,
  order_exchange_item: `exchange_id in (select id from order_exchange where order_id in (${ORDERS}))`,
  payment_collection: `id in (select payment_collection_id from order_payment_collection where order_id in (${ORDERS}))`,
  payment: `id in (${PAYMENTS})`,
  payment_session: `payment_collection_id in (select payment_collection_id from order_payment_collection where order_id in (${ORDERS}))`,
  capture: `payment_id in (${PAYMENTS})`,
  refund: `payment_id in (${PAYMENTS})`,
  account_holder: `id in (select account_holder_id from customer_account_holder where customer_id = $1)`,
  fulfillment: `id in (${FULFILLMENTS})`,
  fulfillment_label: `fulfillment_id in (${FULFILLMENTS})`,
  fulfillment_address: `id in (select delivery_address_id from fulfillment where id in (${FULFILLMENTS}))`,
  provider_identity: `auth_identity_id in (${AUTH})`,
  auth_identity: `id in (${AUTH})`,
  auth_password_reset_token: `auth_identity_id in (${AUTH})`,
  auth_verification: `auth_identity_id in (${AUTH})`,
  auth_mfa_factor: `auth_identity_id in (${AUTH})`,
  // Up to the moment of the export: its own "ready" message comes after.
  notification: `(receiver_id = $1 or lower("to") = lower($2)) and created_at <= $3`,
  workflow_execution: `false`,
  privacy_profile: `customer_id = $1`,
  privacy_profile_change: `customer_id = $1`,
  privacy_consent_subject: `id in (${SUBJECTS})`,
  privacy_consent_event: `subject_id in (${SUBJECTS})`,
  privacy_consent_state: `subject_id in (${SUBJECTS})`,
  privacy_consent_confirmation: `subject_id in (${SUBJECTS})`,
  privacy_export: `customer_id = $1`,
  privacy_erasure: `customer_id = $1`,
  // Accesses after the copy was made are in the next one.
  privacy_access_log: `customer_ids @> ARRAY[$1]::text[] and occurred_at <= $3`,
  privacy_email_history: `customer_id = $1`,
  privacy_mailbox_confirmation: `customer_id = $1`,
  privacy_request: `customer_id = $1 or (verified_at is not null and lower(email) = lower($2))`,
  privacy_request_event: `request_id in (select id from privacy_request where customer_id = $1 or (verified_at is not null and lower(email) = lower($2)))`,
  privacy_restriction: `customer_id = $1`,
  // Written as data leaves, by subscribers: the e-mail announcing this very export is logged after it was built.
  privacy_disclosure: `(customer_id = $1 or subject_id in (${SUBJECTS}) or order_id in (${ORDERS})) and created_at <= $3::timestamptz`,
  privacy_cookie_consent: `customer_id = $1 and created_at <= $3::timestamptz`,
  privacy_recipient_task: `customer_id = $1`,
  loyalty_member: `customer_id = $1`,
}

/** Every string or number inside a column value (JSON is walked to its leaves). */
function leaves(value: unknown): string[] {
  if (value === null || value === undefined) {
    return []
  }
  if (value instanceof Date) {
    return [value.toISOString()]
  }
  if (Array.isArray(value)) {
    return value.flatMap(leaves)
  }
  if (typeof value === "object") {
    return Object.values(value as Record<string, unknown>).flatMap(leaves)
  }
  return [String(value)]
}

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "exportcontent",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreContext
    let admin: AdminSession
    let catalogue: Catalogue

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      admin = await createAdminUser(api, getContainer())
      catalogue = await createCatalogue(api, admin, store)
    })

    const history = () => ({ api, admin, store, catalogue, dbConnection })
    const customerWithHistory = () => seedCustomerWithHistory(history())
    const otherCustomer = () => seedOtherCustomer(history())

    async function exportOf(customer: SignedInCustomer) {
      const { data } = await api.post("/store/customers/me/privacy/exports", {}, { headers: customer.headers })
      expect(data.export).toMatchObject({ status: "pending", verification: "session", download_url: null })
      const deadline = Date.now() + 120_000
      for (;;) {
        const { data: current } = await api.get(`/store/customers/me/privacy/exports/${data.export.id}`, { headers: customer.headers })
        if (current.export.status === "ready") {
          const download = await api.post(current.export.download_url.replace(/^https?:\/\/[^/]+/, ""), undefined, { responseType: "arraybuffer" })
          expect(download.headers["content-type"]).toBe("application/zip")
          return { id: data.export.id as string, files: await readZip(Buffer.from(download.data)) }
        }
        if (current.export.status === "failed" || Date.now() > deadline) {
          const { data: staffView } = await api.get(`/admin/customers/${customer.id}/privacy/exports`, { headers: admin.headers })
          const reason = staffView.exports.find((row: { id: string }) => row.id === data.export.id)?.failure_reason
          throw new Error(`export ended as ${current.export.status}: ${reason}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }

    it("holds every mapped personal field of the customer, and nothing of anyone else", async () => {
      const kari = await customerWithHistory()
      const ola = await otherCustomer()
      const { id, files } = await exportOf(kari)

      const dataJson = files.get("data.json")!
      const data = JSON.parse(dataJson)
      expect(data.schema).toMatchObject({ name: "medusa-plugin-privacy/customer-export", version: 2 })
      expect(data.subject.customer_id).toBe(kari.id)
      expect(data.language).toBe("sv")
      expect(data.controller.name).toBe("Finmug")
      expect(data.privacy_notice.sections.map((s: { id: string }) => s.id)).toEqual(
        expect.arrayContaining(["purposes", "data_content", "disclosures", "storage", "sources", "access", "erasure", "restriction", "objection", "complaint"])
      )
      expect(data.data.order).toHaveLength(2)

      const { data: map } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
      const missing: string[] = []
      const checked = new Set<string>()
      for (const entry of map.data_map.entries as { table: string; column: string; key?: string; notExported?: string }[]) {
        if (entry.notExported || entry.key) {
          continue
        }
        const where = OWNERSHIP[entry.table]
        expect(`${entry.table}: ${where ? "owned" : "no ownership query"}`).toBe(`${entry.table}: owned`)
        const bindings = Array.from(where.matchAll(/\$(\d)/g), (m) => [kari.id, kari.email, data.generated_at][Number(m[1]) - 1])
        // The export being built is in it as it was then (building), not as it is now.
        const { rows } = await dbConnection.raw(
          `select "${entry.column}" as value from "${entry.table}" where (${where.replace(/\$\d/g, "?")})${entry.table === "privacy_export" ? " and id <> ?" : ""}`,
          entry.table === "privacy_export" ? [...bindings, id] : bindings
        )
        // The table's rows in data.json are exactly the customer's, by id.
        const { rows: ids } = await dbConnection.raw(`select id from "${entry.table}" where ${where.replace(/\$\d/g, "?")} order by id`, bindings)
        const exportedIds = ((data.data[entry.table] ?? []) as { id: string }[]).map((row) => row.id).sort()
        expect(`${entry.table}: ${exportedIds.join(",")}`).toBe(`${entry.table}: ${ids.map((row: { id: string }) => row.id).sort().join(",")}`)
        // Looked for in the table's own rows, not anywhere in the file.
        const section = JSON.stringify(data.data[entry.table] ?? null)
        for (const value of rows.flatMap((row: { value: unknown }) => leaves(row.value))) {
          checked.add(`${entry.table}.${entry.column}`)
          if (!section.includes(JSON.stringify(value).slice(1, -1))) {
            missing.push(`${entry.table}.${entry.column} = ${value}`)
          }
        }
      }
      expect(missing).toEqual([])
      // The history above reached the corners of the map: staff notes, the
      // customer's words on a return, tracking, a discount code, free-form metadata.
      const reached = [
          "customer.email", "customer_address.address_1", "order.metadata", "order_address.phone",
          "order_line_item_adjustment.code", "refund.note", "return_item.note", "fulfillment_label.tracking_number",
          "fulfillment_address.address_1", "cart_line_item.metadata", "cart_address.city", "privacy_consent_event.note",
          "privacy_profile.customer_number", "provider_identity.entity_id", "notification.to",
          "customer_group_customer.metadata", "order_claim_item.note", "order_claim_item.metadata", "order_exchange_item.note",
          "order_exchange_item.metadata", "order_item.metadata", "payment_session.metadata", "cart.metadata",
          "loyalty_member.card_number", "loyalty_member.nickname",
      ]
      expect(reached.filter((column) => !checked.has(column))).toEqual([])

      const everything = [...files.values()].join("\n")
      for (const value of ["ola.annen@example.test", "Annensen", "Bakkegata 99", "Bergen", "+47 98765432", ola.id, "Not Kari"]) {
        expect(`${value}: ${everything.includes(value)}`).toBe(`${value}: false`)
      }
    })

    it("holds no password hash, token or payment secret anywhere in the archive", async () => {
      const mailbox = openMailbox(getContainer())
      const kari = await customerWithHistory()
      const { files } = await exportOf(kari)
      const everything = [...files.values()].join("\n")

      const { rows: identities } = await dbConnection.raw(
        `select provider_metadata from provider_identity where entity_id = ?`,
        [kari.email]
      )
      const hash = identities[0].provider_metadata.password as string
      expect(hash.length).toBeGreaterThan(40)
      const [confirmation] = mailbox.to(kari.email).filter((mail) => mail.template === "privacy-consent-confirmation")
      mailbox.close()
      const confirmToken = tokenOf(confirmation.data.confirm_url)
      for (const secret of [hash, confirmToken, kari.token, kari.token.split(".")[2], "pi_3_secret_DO_NOT_EXPORT", "client_secret"]) {
        expect(everything.includes(secret)).toBe(false)
      }
    })

    it("packs data.json, one CSV per table and a readable summary in the customer's language, escaped", async () => {
      const kari = await customerWithHistory()
      const { files } = await exportOf(kari)
      expect([...files.keys()]).toEqual(expect.arrayContaining([
        "index.html", "data.json", "csv/customer.csv", "csv/customer_address.csv", "csv/order.csv", "csv/order_line_item.csv",
        "csv/order_line_item_adjustment.csv", "csv/fulfillment_label.csv", "csv/payment.csv", "csv/return_item.csv",
        "csv/privacy_consent_event.csv", "csv/provider_identity.csv", "csv/cart.csv", "csv/privacy_export.csv",
        "csv/order_claim_item.csv", "csv/order_exchange_item.csv", "csv/payment_session.csv", "csv/loyalty_member.csv",
      ]))
      expect(files.get("csv/loyalty_member.csv")!.trim().split("\r\n")).toEqual([
        "id,card_number,nickname", "lm_1,LC-4411-77,Kari K.", "lm_2,LC-4411-78,Kari på hytta",
      ])
      const { rows: carts } = await dbConnection.raw(`select count(*)::int as n from cart where customer_id = ?`, [kari.id])
      expect(files.get("csv/cart.csv")!.trim().split("\r\n")).toHaveLength(carts[0].n + 1)
      expect(files.get("csv/order.csv")!.trim().split("\r\n")).toHaveLength(3)
      expect(files.get("csv/order_line_item_adjustment.csv")).toContain("VELKOMMEN10")
      expect(files.get("csv/fulfillment_label.csv")).toContain("NO370123456789")

      const html = files.get("index.html")!
      expect(html).toContain('<html lang="sv">')
      expect(html).toContain("Dina uppgifter hos Finmug")
      expect(html).toContain("Hur dina uppgifter behandlas")
      expect(html).toContain("Rätt att lämna in klagomål")
      expect(html).toContain("Kari &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
      expect(html).not.toContain("<script>")
      expect(html).toContain("<dt>constructor</dt><dd>Kari&#39;s key</dd>")
      expect(html).toContain("Storgata 22")
      expect(html).toContain("NO370123456789")
    })
  },
})
