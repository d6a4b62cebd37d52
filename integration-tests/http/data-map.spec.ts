import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { finmugPrivacyOptions } from "../host-app/privacy-options"
import { createAdminUser, type AdminSession } from "../helpers/admin"
import { builtPlugin, hostAppDir } from "../helpers/host-app"
import { failure } from "../helpers/http"
import { parseCsv } from "../helpers/csv"

jest.setTimeout(180_000)

// The shop's own options, plus what a merchant adds: a key of their own in customer metadata
// and a shorter period for the message log.
process.env.PRIVACY_PLUGIN_OPTIONS = JSON.stringify({
  ...finmugPrivacyOptions,
  dataMap: {
    entries: [
      { id: "notification.to", retention: { fixed: { months: 12 } } },
      {
        table: "customer", column: "metadata", key: "loyalty_number", module: "customer",
        item: "loyalty_number", itemLabel: { en: "loyalty card number", nb: "kundekortnummer" },
        category: "identity", purposes: ["customer_relationship"], source: "data_subject",
        retention: "relationship", erasure: "anonymize",
      },
    ],
  },
})

/**
 * Columns known to hold a customer's personal data in Medusa 2.21, listed by hand so that
 * a blind spot in the plugin's own detector cannot hide them.
 */
const KNOWN_PERSONAL_COLUMNS = [
  "customer.email", "customer.first_name", "customer.phone", "customer.metadata",
  "customer_address.address_1", "customer_address.postal_code", "customer_address.country_code",
  "cart.email", "cart_address.last_name", "cart_address.country_code",
  "order.email", "order_address.city", "order_address.country_code", "order_line_item.metadata",
  "order_change.internal_note", "order_change_action.internal_note", "order_claim_item_image.url",
  "return_item.note", "refund.note",
  "payment.data", "payment_session.data", "payment_session.context", "account_holder.email",
  "fulfillment_address.address_1", "fulfillment_address.country_code", "fulfillment_label.tracking_number",
  "provider_identity.entity_id", "provider_identity.provider_metadata", "auth_identity.app_metadata",
  "notification.to", "notification.data", "workflow_execution.context", "workflow_execution.execution",
  "privacy_profile.homepage_url", "privacy_profile.gender",
]

const { checkCoverage } = builtPlugin("modules/privacy/data-map/coverage")
const { parsePrivacyOptions } = builtPlugin("modules/privacy/lib/options")

medusaIntegrationTestRunner({
  cwd: hostAppDir,
  moduleName: "datamap",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: AdminSession

    beforeEach(async () => {
      admin = await createAdminUser(api, getContainer())
    })

    /** The live schema, read by the test itself rather than trusted from the plugin. */
    const liveColumns = async () => {
      const { rows } = await dbConnection.raw(`
        select table_name as "table", column_name as "column", data_type
          from information_schema.columns
         where table_schema = current_schema()`)
      return rows
    }

    describe("schema coverage", () => {
      it("maps or explains every column that can hold personal data in a Medusa 2.21 store", async () => {
        const { data } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
        const report = checkCoverage(await liveColumns(), {
          entries: data.data_map.entries,
          notPersonal: data.data_map.not_personal,
        })
        // On failure the list says exactly which columns need an entry or a declaration.
        expect(report.unmapped.map((c: { table: string; column: string }) => `${c.table}.${c.column}`)).toEqual([])
        expect(report.stale).toEqual([])
        expect(data.coverage).toEqual({ unmapped: [], stale: [], checked_columns: report.checked_columns })
        expect(report.checked_columns).toBeGreaterThan(1000)

        const mapped = new Set(data.data_map.entries.map((entry: { table: string; column: string }) => `${entry.table}.${entry.column}`))
        const existing = new Set((await liveColumns()).map((c: { table: string; column: string }) => `${c.table}.${c.column}`))
        for (const column of KNOWN_PERSONAL_COLUMNS) {
          expect(existing.has(column) ? `${column} mapped: ${mapped.has(column)}` : `${column} missing`).toBe(`${column} mapped: true`)
        }
      })

      it("fails for a new table with personal columns until the merchant maps it", async () => {
        await dbConnection.raw(`
          create table loyalty_member (
            id text primary key, customer_id text, email text, display_name text,
            points integer, metadata jsonb, last_ip inet, created_at timestamptz)`)

        const { data } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
        const unmapped = data.coverage.unmapped.map((c: { table: string; column: string }) => `${c.table}.${c.column}`)
        expect(unmapped.sort()).toEqual([
          "loyalty_member.display_name",
          "loyalty_member.email",
          "loyalty_member.last_ip",
          "loyalty_member.metadata",
        ])

        const withLoyalty = parsePrivacyOptions({
          ...finmugPrivacyOptions,
          purposes: { loyalty: { legalBasis: "contract", label: { en: "running the loyalty programme", nb: "fordelsprogrammet" } } },
          dataMap: {
            entries: [
              ...["email", "display_name", "metadata", "last_ip"].map((column) => ({
                table: "loyalty_member",
                column,
                module: "loyalty",
                item: column === "email" ? "email" : "free_text",
                category: "contact",
                purposes: ["loyalty"],
                source: "data_subject",
                retention: "relationship",
                erasure: "delete",
                subjectColumn: "customer_id",
              })),
            ],
          },
        })
        expect(checkCoverage(await liveColumns(), withLoyalty.dataMap).unmapped).toEqual([])
      })

      it("checks every column of the plugin's own tables, whatever its name", async () => {
        await dbConnection.raw("alter table privacy_profile add column shoe_size integer")
        const { data } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
        expect(data.coverage.unmapped).toEqual([{ table: "privacy_profile", column: "shoe_size", data_type: "integer" }])
      })

      it("reports map entries whose column no longer exists", async () => {
        await dbConnection.raw("alter table customer_address drop column province")
        const { data } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
        expect(data.coverage.stale).toEqual([
          { id: "customer_address.province", table: "customer_address", column: "province" },
        ])
      })
    })

    describe("GET /admin/privacy/data-map", () => {
      it("returns the effective map with purposes, legal bases, retention and erasure", async () => {
        const { data } = await api.get("/admin/privacy/data-map", { headers: admin.headers })
        const byId = Object.fromEntries(data.data_map.entries.map((entry: { id: string }) => [entry.id, entry]))

        expect(data.data_map.purposes).toMatchObject({
          customer_relationship: { legalBasis: "contract" },
          direct_marketing: { legalBasis: "consent" },
          bookkeeping: { legalBasis: "legal_obligation" },
          security: { legalBasis: "legitimate_interests" },
        })
        expect(byId["customer.email"]).toMatchObject({
          module: "customer",
          category: "contact",
          purposes: expect.arrayContaining(["direct_marketing"]),
          retention: "relationship",
          erasure: "anonymize",
        })
        expect(byId["order_address.last_name"]).toMatchObject({ retention: "bookkeeping", erasure: "keep_until_retention_ends" })
        expect(byId["order_address.phone"]).toMatchObject({ retention: "relationship", erasure: "anonymize" })
        expect(byId["provider_identity.provider_metadata"]).toMatchObject({ erasure: "delete" })
        expect(byId["notification.to"]).toMatchObject({ retention: { fixed: { months: 12 } }, erasure: "delete" })
        expect(byId["customer.metadata.loyalty_number"]).toMatchObject({ key: "loyalty_number", module: "customer", erasure: "anonymize" })
        expect(byId["order.email"]).toMatchObject({ retention: "relationship", erasure: "anonymize" })
        expect(byId["payment_session.context"]).toMatchObject({ category: "contact", erasure: "anonymize" })
        expect(byId["privacy_profile.customer_number"]).toMatchObject({ retention: "consent_proof" })
        // Entries name recipient categories; the register names who stands behind them.
        expect(byId["order_address.last_name"].recipients).toEqual(["hosting", "platform", "carrier", "debt_collection", "authority"])
        expect(data.data_map.recipients.map((recipient: { id: string }) => recipient.id)).toEqual(["upcloud", "posti", "paytrail", "brevo", "intrum", "vero"])
        expect(data.data_map.recipients.find((recipient: { id: string }) => recipient.id === "posti")).toMatchObject({
          name: "Posti Oy",
          role: "controller",
          category: "carrier",
          country: "FI",
          providers: { fulfillment: ["manual_manual"] },
        })
        for (const id of [
          "customer_address.address_1", "cart.email", "cart_address.city", "payment.data", "payment_session.data",
          "fulfillment_address.postal_code", "return_item.note", "account_holder.email", "customer.metadata", "order.metadata",
        ]) {
          expect(byId[id]).toBeDefined()
        }
      })

      it("answers 401 without a staff session", async () => {
        expect((await failure(api.get("/admin/privacy/data-map"))).status).toBe(401)
        expect((await failure(api.get("/admin/privacy/records"))).status).toBe(401)
      })
    })

    describe("GET /admin/privacy/records", () => {
      it("gives the Art. 30 record per purpose from the same map", async () => {
        const { data } = await api.get("/admin/privacy/records", { headers: admin.headers })
        const { record } = data
        expect(record).toMatchObject({
          language: "nb",
          controller: { name: "Finmug", businessId: "2925634-1", vatId: "FI29256341" },
          register_name: "Finmug Nettbutikkens kunderegister",
        })
        expect(record.activities.map((activity: { purpose: string }) => activity.purpose)).toEqual([
          "customer_relationship", "communication", "direct_marketing", "bookkeeping", "consent_proof", "request_records", "security",
        ])
        const bookkeeping = record.activities.find((activity: { purpose: string }) => activity.purpose === "bookkeeping")
        expect(bookkeeping).toMatchObject({
          legal_basis: "legal_obligation",
          legal_basis_article: "GDPR Art. 6(1)(c)",
          transfers: [],
          data_subjects: ["kunder i nettbutikken, med eller uten kundekonto"],
        })
        expect(bookkeeping.erasure_time_limits.join(" ")).toContain("6 år")
        expect(bookkeeping.recipients).toEqual(
          expect.arrayContaining(["Posti Oy, transportør (Finland)", "Intrum Oy, inkassoforetak (Finland)", "Verohallinto, offentlig myndighet (Finland)"])
        )
        expect(bookkeeping.security_measures).toContain("Kunderegisteret behandles konfidensielt.")
        const security = record.activities.find((activity: { purpose: string }) => activity.purpose === "security")
        expect(security.legitimate_interest).toContain("misbruk")
        // Keeping request records and consent proof is an obligation of its own, each period naming its record and start.
        const requests = record.activities.find((activity: { purpose: string }) => activity.purpose === "request_records")
        expect(requests).toMatchObject({ legal_basis: "legal_obligation", legal_basis_article: "GDPR Art. 6(1)(c)" })
        expect(requests.erasure_time_limits.join(" ")).toContain("Dokumentasjon av anmodningene dine om opplysningene dine – Lagres i 36 måneder fra anmodningen ble besvart")
        const proof = record.activities.find((activity: { purpose: string }) => activity.purpose === "consent_proof")
        expect(proof.erasure_time_limits.join(" ")).toContain("Lagres i 3 år etter at kundeforholdet har opphørt")
      })

      it("downloads the record as CSV, in the language asked for", async () => {
        const response = await api.get("/admin/privacy/records?format=csv&lang=en", { headers: admin.headers })
        expect(response.headers["content-type"]).toContain("text/csv")
        expect(response.headers["content-disposition"]).toMatch(/attachment; filename="record-of-processing-en-\d{4}-\d{2}-\d{2}\.csv"/)
        const rows = parseCsv(response.data.replace(/^\uFEFF/, ""))
        expect(rows[0]).toEqual([
          "Controller", "Controller's contact details", "Contact person", "Data protection officer", "Purpose",
          "Legal basis", "Legitimate interest", "Categories of data subjects", "Categories of personal data",
          "Data items", "Recipients", "Transfers outside the EU/EEA", "Time limits for erasure",
          "Security measures",
        ])
        expect(rows).toHaveLength(8)
        const marketing = rows.find((row) => row[4] === "direct marketing of our products")!
        expect(marketing.slice(0, 4)).toEqual([
          "Finmug, Jahtikuja 1D10, 90540 Oulu, Finland, 2925634-1, FI29256341",
          "info@finmug.fi, +358 442555649",
          "Jakke Niskanen, info@finmug.fi, +358 442555649",
          "none appointed",
        ])
        expect(marketing[5]).toBe("consent (GDPR Art. 6(1)(a))")
        expect(marketing[10]).toContain("Sendinblue SAS (Brevo), e-mail service (France)")
        expect(marketing[11]).toBe("none")
      })

      it("refuses an unknown format with 400", async () => {
        const response = await failure(api.get("/admin/privacy/records?format=xml", { headers: admin.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("format")
      })

      it("refuses an unknown parameter with 400 naming it", async () => {
        const response = await failure(api.get("/admin/privacy/records?format=csv&fromat=json", { headers: admin.headers }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("fromat")
      })
    })
  },
})
