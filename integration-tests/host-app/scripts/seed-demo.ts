import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  ensurePrivacyProfilesWorkflow,
  recordConsentWorkflow,
  updatePrivacyProfileWorkflow,
} from "medusa-plugin-privacy/workflows"
import { ensureCheckout } from "./demo-checkout"
import { seedDemoDisclosures } from "./seed-demo-disclosures"
import { seedDemoRequests } from "./seed-demo-requests"

/**
 * A small Finmug store for the demo: a region, a sales channel with a
 * publishable key, mugs, twenty customers with privacy profiles, a few orders
 * and a staff user. Runs once; a second run finds the store and only makes
 * sure the staff user exists and that the store can take a checkout
 * (payment provider, warehouse, shipping), which older demo stores lack.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const adminEmail = process.env.DEMO_ADMIN_EMAIL ?? "admin@finmug.example"
  const adminPassword = process.env.DEMO_ADMIN_PASSWORD
  if (!adminPassword) {
    throw new Error("DEMO_ADMIN_PASSWORD is required")
  }
  const staffUserId = await ensureAdminUser(container, adminEmail, adminPassword)
  await ensureStaffRoles(container, staffUserId)

  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelModule.listSalesChannels({ name: "Finmug nettbutikk" })
  if (existing) {
    const regionModule = container.resolve(Modules.REGION)
    const [region] = await regionModule.listRegions({ name: "Norge" })
    if (region) {
      await ensureCheckout(container, { regionId: region.id, salesChannelId: existing.id })
    }
    logger.info("Demo store already seeded")
    return
  }

  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const { result: [salesChannel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Finmug nettbutikk" }] },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Finmug",
        supported_currencies: [
          { currency_code: "nok", is_default: true },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Norge", currency_code: "nok", countries: ["no"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [apiKey] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Finmug storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: MUGS.map(([title, handle, price]) => ({
        title,
        handle,
        status: "published" as const,
        options: [{ title: "Size", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            sku: handle.toUpperCase(),
            options: { Size: "Standard" },
            manage_inventory: false,
            prices: [{ amount: price, currency_code: "nok" }],
          },
        ],
        sales_channels: [{ id: salesChannel.id }],
      })),
    },
  })

  await ensureCheckout(container, { regionId: region.id, salesChannelId: salesChannel.id })

  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: CUSTOMERS.map(([first_name, last_name, city]) => ({
        first_name,
        last_name,
        email: `${first_name}.${last_name}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.com",
        phone: `+47 9${String(Math.abs(hash(first_name + last_name)) % 10_000_000).padStart(7, "0")}`,
        addresses: [
          {
            first_name,
            last_name,
            address_1: `${city === "Oslo" ? "Storgata" : "Kongens gate"} ${1 + (hash(last_name) % 90)}`,
            city,
            postal_code: POSTAL_CODES[city],
            country_code: "no",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      })),
    },
  })

  const sources = ["storefront", "checkout", "phone", "email", "import"] as const
  for (const [index, customer] of customers.entries()) {
    await ensurePrivacyProfilesWorkflow(container).run({ input: { customer_ids: [customer.id] } })
    await updatePrivacyProfileWorkflow(container).run({
      input: {
        customer_id: customer.id,
        update: {
          language: ["nb", "nb", "en", "fi", "sv"][index % 5],
          gender: (["female", "male", "other", "undisclosed", null] as const)[index % 5],
          homepage_url: index % 4 === 0 ? `https://${customer.last_name!.toLowerCase()}.example.com` : null,
          source: sources[index % sources.length],
        },
        channel: "system",
        actor: { type: "system" },
      },
    })
  }

  // Customers who have not been back for years, for the Retention page: two are due a warning
  // e-mail, two were warned two months ago and are erased by the next run.
  const privacy = container.resolve("privacy")
  const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 86_400_000)
  const dormant = await privacy.listPrivacyProfiles({ customer_id: customers.slice(16).map((customer) => customer.id) })
  await privacy.updatePrivacyProfiles(
    dormant.map((profile: { id: string }, index: number) => ({
      id: profile.id,
      last_activity_at: monthsAgo(index < 2 ? 36 : 40),
      erasure_warning_sent_at: index < 2 ? null : monthsAgo(2),
    }))
  )

  // Marketing consents: most said yes at checkout or in their account; one later objected by phone.
  for (const [index, customer] of customers.slice(0, 12).entries()) {
    await recordConsentWorkflow(container).run({
      input: {
        subject: { customer_id: customer.id },
        purpose: "marketing",
        channel: "email",
        granted: true,
        source: index % 2 ? "checkout" : "account",
        actor: { type: "customer", id: customer.id },
      },
    })
  }
  await recordConsentWorkflow(container).run({
    input: {
      subject: { customer_id: customers[2].id },
      purpose: "marketing",
      channel: "email",
      granted: false,
      source: "admin_phone",
      note: "Called customer service and asked for no more newsletters.",
      actor: { type: "user", id: staffUserId },
    },
  })

  for (const customer of customers.slice(0, 6)) {
    const [address] = customer.addresses ?? []
    const product = products[hash(customer.id) % products.length]
    const variant = product.variants[0]
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: salesChannel.id,
        customer_id: customer.id,
        email: customer.email!,
        currency_code: "nok",
        shipping_address: address && {
          first_name: address.first_name,
          last_name: address.last_name,
          address_1: address.address_1,
          city: address.city,
          postal_code: address.postal_code,
          country_code: address.country_code,
        },
        items: [
          {
            title: product.title,
            variant_id: variant.id,
            quantity: 1 + (hash(customer.email!) % 3),
            unit_price: MUGS.find(([title]) => title === product.title)![2],
          },
        ],
      },
    })
    await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
  }

  await seedDemoRequests(container, customers, staffUserId)
  await seedDemoDisclosures(container, customers, staffUserId)

  logger.info(
    `Seeded the demo store: ${products.length} products, ${customers.length} customers, 6 orders, 5 privacy requests, 2 recorded disclosures; ` +
      `publishable key ${apiKey.token}`
  )
}

/**
 * The demo's staff user is the privacy officer; an agent and a user without a
 * privacy role show what the roles change. Each is made once; a role an officer
 * changed in the dashboard is left as it is (one revoked comes back at the next start).
 */
async function ensureStaffRoles(container: ExecArgs["container"], officerId: string) {
  const privacy = container.resolve("privacy")
  const roles = [{ user_id: officerId, role: "privacy_officer" }]
  const agentEmail = process.env.DEMO_AGENT_EMAIL
  const clerkEmail = process.env.DEMO_CLERK_EMAIL
  if (agentEmail && process.env.DEMO_AGENT_PASSWORD) {
    roles.push({ user_id: await ensureAdminUser(container, agentEmail, process.env.DEMO_AGENT_PASSWORD, ["Aino", "Agentti"]), role: "privacy_agent" })
  }
  if (clerkEmail && process.env.DEMO_CLERK_PASSWORD) {
    await ensureAdminUser(container, clerkEmail, process.env.DEMO_CLERK_PASSWORD, ["Ville", "Varasto"])
  }
  for (const { user_id, role } of roles) {
    if (!(await privacy.getStaffRole(user_id))) {
      await privacy.grantStaffRole({ user_id, role, granted_by: null })
    }
  }
}

async function ensureAdminUser(
  container: ExecArgs["container"],
  email: string,
  password: string,
  [first_name, last_name]: [string, string] = ["Jakke", "Niskanen"]
): Promise<string> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [user] = await userModule.listUsers({ email })
  if (user) {
    return user.id
  }
  const created = await userModule.createUsers({ email, first_name, last_name })
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not create the demo staff user: ${error}`)
  }
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: created.id } })
  return created.id
}

function hash(value: string): number {
  let h = 0
  for (const char of value) {
    h = (h * 31 + char.charCodeAt(0)) | 0
  }
  return Math.abs(h)
}

const MUGS: [string, string, number][] = [
  ["Kuksa Birch Mug", "kuksa-birch", 449],
  ["Northern Lights Mug", "northern-lights", 249],
  ["Oulu Enamel Mug", "oulu-enamel", 199],
  ["Fjord Stoneware Mug", "fjord-stoneware", 299],
]

const POSTAL_CODES: Record<string, string> = {
  Oslo: "0150",
  Bergen: "5003",
  Trondheim: "7011",
  Tromsø: "9008",
  Stavanger: "4005",
}

const CUSTOMERS: [string, string, string][] = [
  ["Kari", "Nordmann", "Oslo"],
  ["Ola", "Hansen", "Bergen"],
  ["Ingrid", "Johansen", "Trondheim"],
  ["Lars", "Olsen", "Tromsø"],
  ["Sigrid", "Larsen", "Stavanger"],
  ["Anders", "Andersen", "Oslo"],
  ["Marit", "Pedersen", "Bergen"],
  ["Jonas", "Nilsen", "Trondheim"],
  ["Eva", "Kristiansen", "Tromsø"],
  ["Henrik", "Jensen", "Stavanger"],
  ["Liv", "Karlsen", "Oslo"],
  ["Magnus", "Johnsen", "Bergen"],
  ["Nora", "Pettersen", "Trondheim"],
  ["Erik", "Eriksen", "Tromsø"],
  ["Solveig", "Berg", "Stavanger"],
  ["Aksel", "Haugen", "Oslo"],
  ["Astrid", "Hagen", "Bergen"],
  ["Tor", "Johannessen", "Trondheim"],
  ["Hedda", "Andreassen", "Tromsø"],
  ["Emil", "Jacobsen", "Stavanger"],
]
