import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryItemsWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductVariantsWorkflow,
  updateProductsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"

type Container = ExecArgs["container"]

const LOCATION_NAME = "Oulu warehouse"
const FULFILLMENT_SET_NAME = "Shipping to Norway"
const SERVICE_ZONE_NAME = "Norge"
const PAYMENT_PROVIDER = "pp_system_default"
const FULFILLMENT_PROVIDER = "manual_manual"
const STOCKED_QUANTITY = 1000

/**
 * What a checkout needs, added to a demo store that may predate it: Medusa's
 * system payment provider on the region, a warehouse that ships to Norway with
 * shipping and return options, and stock of every mug there. Each part is
 * looked up first, so running this on every start changes nothing the second time.
 */
export async function ensureCheckout(container: Container, { regionId, salesChannelId }: { regionId: string; salesChannelId: string }) {
  await ensurePaymentProvider(container, regionId)
  const locationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  const serviceZoneId = await ensureServiceZone(container, locationId)
  await ensureShippingOptions(container, serviceZoneId, shippingProfileId)
  await ensureStock(container, salesChannelId, locationId, shippingProfileId)
}

async function ensurePaymentProvider(container: Container, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: regionId } })
  const providers = (region.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
  if (!providers.includes(PAYMENT_PROVIDER)) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regionId }, update: { payment_providers: [...providers, PAYMENT_PROVIDER] } },
    })
  }
}

async function ensureStockLocation(container: Container, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [found] } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { name: LOCATION_NAME },
  })
  const locationId =
    found?.id ??
    (
      await createStockLocationsWorkflow(container).run({
        input: {
          locations: [{ name: LOCATION_NAME, address: { address_1: "Jahtikuja 1D10", city: "Oulu", country_code: "fi" } }],
        },
      })
    ).result[0].id
  if (!(found?.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  }
  if (!(found?.fulfillment_providers ?? []).some((provider: { id: string } | null) => provider?.id === FULFILLMENT_PROVIDER)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
        },
      ],
    })
  }
  return locationId
}

async function ensureShippingProfile(container: Container): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

async function ensureServiceZone(container: Container, locationId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const readSet = async () => {
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id", "fulfillment_sets.name", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
      filters: { id: locationId },
    })
    return (location.fulfillment_sets ?? []).find((set: { name: string } | null) => set?.name === FULFILLMENT_SET_NAME)
  }
  let set = await readSet()
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: locationId, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    set = await readSet()
  }
  const zone = (set.service_zones ?? []).find((candidate: { name: string } | null) => candidate?.name === SERVICE_ZONE_NAME)
  if (zone) {
    return zone.id
  }
  const { result } = await createServiceZonesWorkflow(container).run({
    input: { data: [{ fulfillment_set_id: set.id, name: SERVICE_ZONE_NAME, geo_zones: [{ type: "country", country_code: "no" }] }] },
  })
  return result[0].id
}

async function ensureShippingOptions(container: Container, serviceZoneId: string, shippingProfileId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const wanted = [
    { name: "Posten", isReturn: false, amount: 49, type: { label: "Standard", description: "2-4 days", code: "standard" } },
    { name: "Posten retur", isReturn: true, amount: 0, type: { label: "Return", description: "Drop off at any post office", code: "return" } },
  ].filter((option) => !existing.some((present) => present.name === option.name))
  if (!wanted.length) {
    return
  }
  await createShippingOptionsWorkflow(container).run({
    input: wanted.map((option) => ({
      name: option.name,
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      provider_id: FULFILLMENT_PROVIDER,
      price_type: "flat" as const,
      type: option.type,
      prices: [{ currency_code: "nok", amount: option.amount }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: String(option.isReturn), operator: "eq" as const },
      ],
    })),
  })
}

/** Every product of the channel ships with the default profile and has stock at the warehouse. */
async function ensureStock(container: Container, salesChannelId: string, locationId: string, shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The product-to-channel link is only readable from the product's side.
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "sales_channels.id",
      "shipping_profile.id",
      "variants.id",
      "variants.sku",
      "variants.title",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
  })
  const products = (data as any[]).filter((product) =>
    (product.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id === salesChannelId)
  )
  for (const product of products) {
    if (!product.shipping_profile) {
      await updateProductsWorkflow(container).run({
        input: { selector: { id: product.id }, update: { shipping_profile_id: shippingProfileId } },
      })
    }
    for (const variant of product.variants ?? []) {
      const items = (variant.inventory_items ?? []).filter(Boolean)
      if (!items.length) {
        await stockUnmanagedVariant(container, variant, locationId)
        continue
      }
      const missing = items.filter(
        (item: any) => !(item.inventory?.location_levels ?? []).some((level: any) => level?.location_id === locationId)
      )
      if (missing.length) {
        await createInventoryLevelsWorkflow(container).run({
          input: {
            inventory_levels: missing.map((item: any) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: locationId,
              stocked_quantity: STOCKED_QUANTITY,
            })),
          },
        })
      }
    }
  }
}

/** Demo stores seeded before the warehouse existed sold mugs without tracking stock. */
async function stockUnmanagedVariant(container: Container, variant: { id: string; sku: string | null; title: string }, locationId: string) {
  const { result: [item] } = await createInventoryItemsWorkflow(container).run({
    input: {
      items: [
        {
          sku: variant.sku ?? undefined,
          title: variant.title,
          location_levels: [{ location_id: locationId, stocked_quantity: STOCKED_QUANTITY }],
        },
      ],
    },
  })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.PRODUCT]: { variant_id: variant.id },
        [Modules.INVENTORY]: { inventory_item_id: item.id },
        data: { required_quantity: 1 },
      },
    ],
  })
  await updateProductVariantsWorkflow(container).run({
    input: { selector: { id: variant.id }, update: { manage_inventory: true } },
  })
}
