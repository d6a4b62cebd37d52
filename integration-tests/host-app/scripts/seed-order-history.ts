import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  markPaymentCollectionAsPaid,
} from "@medusajs/medusa/core-flows"

/**
 * Order histories for the export benchmark, in an empty database:
 * `medusa exec ./scripts/seed-order-history.ts <orders per customer>…`,
 * e.g. `5000 500` for one customer with 5,000 orders and one with 500, plus
 * 1,000 orders of 100 other customers around them.
 *
 * One order is made through Medusa's own workflows and modules (three items,
 * addresses, delivery, a captured payment, a shipment with a tracking label),
 * so its rows are exactly what Medusa writes. It is then copied in SQL as
 * many times as needed, every id given a suffix per copy, which takes seconds
 * where the workflows would take an hour.
 */
export default async function seedOrderHistory({ container, args }: ExecArgs) {
  const histories = (args.length ? args : ["5000", "500"]).map(Number)
  const others = 100
  const otherOrders = 1000
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const { result: [salesChannel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench shop" }] },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Norge", currency_code: "nok", countries: ["no"] }] },
  })
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Kuksa Birch Mug",
          status: "published",
          options: [{ title: "Size", values: ["Small", "Standard", "Large"] }],
          variants: ["Small", "Standard", "Large"].map((size, i) => ({
            title: size,
            sku: `KUKSA-${size.toUpperCase()}`,
            options: { Size: size },
            manage_inventory: false,
            prices: [{ amount: 349 + i * 100, currency_code: "nok" }],
          })),
          sales_channels: [{ id: salesChannel.id }],
        },
      ],
    },
  })

  const people = [
    ...histories.map((_, i) => ({ first_name: "Kari", last_name: `Historikk ${i + 1}`, email: `history${i + 1}@example.test` })),
    ...Array.from({ length: others }, (_, i) => ({ first_name: "Ola", last_name: `Annen ${i + 1}`, email: `other${i + 1}@example.test` })),
  ]
  const { result: customers } = await createCustomersWorkflow(container).run({ input: { customersData: people } })

  const address = { first_name: "Kari", last_name: "Historikk", address_1: "Storgata 22", city: "Oslo", postal_code: "0150", country_code: "no", phone: "+47 91234567" }
  const { result: template } = await createOrderWorkflow(container).run({
    input: {
      region_id: region.id,
      sales_channel_id: salesChannel.id,
      customer_id: customers[0].id,
      email: customers[0].email!,
      currency_code: "nok",
      shipping_address: address,
      billing_address: address,
      shipping_methods: [{ name: "Posten", amount: 49 }],
      items: product.variants.map((variant, i) => ({
        title: product.title,
        variant_id: variant.id,
        quantity: 1 + (i % 2),
        unit_price: 349 + i * 100,
        metadata: { gift_wrap: i === 0 },
      })),
    },
  })
  const { result: [collection] } = await createOrderPaymentCollectionWorkflow(container).run({
    input: { order_id: template.id, amount: Number(template.total) },
  })
  await markPaymentCollectionAsPaid(container).run({ input: { payment_collection_id: collection.id, order_id: template.id } })

  const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
    location_id: "sloc_bench",
    provider_id: "manual_manual",
    delivery_address: address,
    items: template.items!.map((item) => ({ title: item.title, sku: "", quantity: Number(item.quantity), barcode: "", line_item_id: item.id })),
    labels: [{ tracking_number: "NO370123456789", tracking_url: "https://sporing.posten.no/sporing/NO370123456789", label_url: "https://labels.example.test/1.pdf" }],
    order: {},
    packed_at: new Date(),
    shipped_at: new Date(),
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: template.id },
    [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
  })

  // Who owns each copy: the histories first (the template counts for the first), then the others round-robin.
  const owners: string[] = []
  histories.forEach((count, i) => owners.push(...Array(i === 0 ? count - 1 : count).fill(customers[i].id)))
  for (let i = 0; i < otherOrders; i++) {
    owners.push(customers[histories.length + (i % others)].id)
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await copyOrders(knex, owners)
  await knex.raw("analyze")
  logger.info(`Seeded ${histories.join(", ")} orders for ${customers.slice(0, histories.length).map((c) => c.id).join(", ")} and ${otherOrders} of ${others} others`)
}

/** The tables one order's rows live in (the database holds no other order), each after those it refers to. */
const ORDER_TABLES = [
  "order_address", "order_line_item", "order_line_item_adjustment", "order_line_item_tax_line",
  "order_shipping_method", "order_shipping_method_adjustment", "order_shipping_method_tax_line",
  "order", "order_summary", "order_item", "order_shipping", "order_transaction", "order_change", "order_change_action",
  "payment_collection", "payment_collection_payment_providers", "payment_session", "payment", "capture", "order_payment_collection",
  "fulfillment_address", "fulfillment", "fulfillment_item", "fulfillment_label", "order_fulfillment",
]

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

async function copyOrders(knex: Knex & { transaction: <T>(run: (trx: Knex) => Promise<T>) => Promise<T> }, owners: string[]) {
  // One transaction: one connection, so the temporary tables below are seen by every statement.
  await knex.transaction((db) => copyInTransaction(db, owners))
}

async function copyInTransaction(db: Knex, owners: string[]) {
  const ids = new Set<string>()
  const columns = new Map<string, { name: string; type: string; serial: boolean }[]>()
  for (const table of ORDER_TABLES) {
    const { rows } = await db.raw(
      `select column_name as name, data_type as type, coalesce(column_default like 'nextval%', false) as serial
         from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position`,
      [table]
    )
    columns.set(table, rows as { name: string; type: string; serial: boolean }[])
    if (rows.some((column) => column.name === "id")) {
      for (const row of (await db.raw(`select id from "${table}"`)).rows) {
        ids.add(String(row.id))
      }
    }
  }
  await db.raw(`create temporary table bench_id (id text primary key) on commit drop`)
  await db.raw(`insert into bench_id select value from json_array_elements_text(?::json)`, [JSON.stringify([...ids])])
  await db.raw(`create temporary table bench_owner (copy int primary key, customer_id text not null) on commit drop`)
  await db.raw(
    `insert into bench_owner select ordinality::int, value from json_array_elements_text(?::json) with ordinality`,
    [JSON.stringify(owners)]
  )

  for (const table of ORDER_TABLES) {
    const cols = columns.get(table)!.filter((column) => !column.serial)
    const expression = ({ name, type }: { name: string; type: string }) => {
      if (table === "order" && name === "customer_id") {
        return "o.customer_id"
      }
      if (type === "text" || type === "character varying") {
        // A reference to a row of the template becomes the same reference within the copy.
        return `case when t."${name}" in (select id from bench_id) then t."${name}" || '_' || o.copy else t."${name}" end`
      }
      if (type.startsWith("timestamp") && (name === "created_at" || name === "updated_at")) {
        return `t."${name}" - o.copy * interval '1 hour'`
      }
      return `t."${name}"`
    }
    await db.raw(
      `insert into "${table}" (${cols.map(({ name }) => `"${name}"`).join(", ")})
       select ${cols.map((column) => expression(column)).join(", ")} from "${table}" t cross join bench_owner o`
    )
  }
}
