import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createReservationsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Orders waiting to be shipped, for the fulfilment benchmark, in an empty
 * database: `medusa exec ./scripts/seed-fulfillable-orders.ts <orders>`.
 *
 * Everything goes through Medusa's workflows, as a shop's data would: a stock
 * location selling to the sales channel and shipping with `manual_manual`, a
 * shipping option of its service zone, a mug whose inventory is managed and
 * stocked there, and per order one item with the reservation a checkout would
 * have made, so that core's fulfilment route adjusts stock as in production.
 * The orders carry `metadata.bench = "fulfillment"`.
 */
export default async function seedFulfillableOrders({ container, args }: ExecArgs) {
  const count = Number(args[0] ?? 300)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { result: [salesChannel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench fulfilment shop" }] },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Norge", currency_code: "nok", countries: ["no"] }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Oulu warehouse", address: { address_1: "Jahtikuja 1D10", city: "Oulu", country_code: "fi" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: location.id, fulfillment_set_data: { name: "Shipping to Norway", type: "shipping" } },
  })
  const { data: [withSet] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: location.id },
  })
  const { result: [zone] } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [{ fulfillment_set_id: withSet.fulfillment_sets![0]!.id, name: "Norge", geo_zones: [{ type: "country", country_code: "no" }] }],
    },
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Bench", type: "default" }] },
  })
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Posten",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [{ currency_code: "nok", amount: 49 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Kuksa Birch Mug",
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["Standard"] }],
          variants: [
            { title: "Standard", sku: "KUKSA-STANDARD", options: { Size: "Standard" }, manage_inventory: true, prices: [{ currency_code: "nok", amount: 449 }] },
          ],
          sales_channels: [{ id: salesChannel.id }],
        },
      ],
    },
  })
  const variant = product.variants[0]
  const { data: [withInventory] } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variant.id },
  })
  const inventoryItemId = withInventory.inventory_items![0]!.inventory_item_id
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: location.id, stocked_quantity: count * 10 }] },
  })

  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: Array.from({ length: 50 }, (_, i) => ({ first_name: "Kari", last_name: `Frakt ${i + 1}`, email: `fulfil${i + 1}@example.test` })),
    },
  })
  const address = { first_name: "Kari", last_name: "Frakt", address_1: "Storgata 22", city: "Oslo", postal_code: "0150", country_code: "no", phone: "+47 91234567" }

  // A few at a time: each order is one workflow run; in parallel they share the connection pool.
  const items: { id: string }[] = []
  for (let start = 0; start < count; start += 8) {
    const batch = Array.from({ length: Math.min(8, count - start) }, (_, j) => start + j)
    const orders = await Promise.all(
      batch.map(async (n) => {
        const customer = customers[n % customers.length]
        const { result } = await createOrderWorkflow(container).run({
          input: {
            region_id: region.id,
            sales_channel_id: salesChannel.id,
            customer_id: customer.id,
            email: customer.email!,
            currency_code: "nok",
            shipping_address: address,
            billing_address: address,
            shipping_methods: [{ name: "Posten", amount: 49, shipping_option_id: option.id }],
            items: [{ title: product.title, variant_id: variant.id, quantity: 1, unit_price: 449 }],
            metadata: { bench: "fulfillment" },
          },
        })
        return result
      })
    )
    items.push(...orders.map((order) => order.items![0]))
  }
  for (let start = 0; start < items.length; start += 200) {
    await createReservationsWorkflow(container).run({
      input: {
        reservations: items.slice(start, start + 200).map((item) => ({
          line_item_id: item.id,
          inventory_item_id: inventoryItemId,
          location_id: location.id,
          quantity: 1,
        })),
      },
    })
  }
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("analyze")
  logger.info(`Seeded ${count} orders to fulfil from ${location.id}`)
  console.log(`BENCH ${JSON.stringify({ location_id: location.id, orders: count })}`)
}
