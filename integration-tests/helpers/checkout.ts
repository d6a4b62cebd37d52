import type { AxiosInstance } from "axios"
import type { AdminSession } from "./admin"
import type { StoreContext } from "./store"

export type Catalogue = {
  regionId: string
  locationId: string
  variantId: string
  shippingOptionId: string
  returnOptionId: string
  storeHeaders: Record<string, string>
}

/**
 * What a store needs before anyone can check out, set up through the admin
 * API: a Norwegian region paid with Medusa's system provider, a stock location
 * that ships to Norway, flat-rate shipping and return options and one mug.
 */
export async function createCatalogue(api: AxiosInstance, admin: AdminSession, store: StoreContext): Promise<Catalogue> {
  const headers = admin.headers
  const { data: region } = await api.post(
    "/admin/regions",
    { name: "Norge", currency_code: "nok", countries: ["no"], payment_providers: ["pp_system_default"] },
    { headers }
  )
  const { data: location } = await api.post(
    "/admin/stock-locations",
    { name: "Oulu warehouse", address: { address_1: "Jahtikuja 1D10", city: "Oulu", country_code: "fi" } },
    { headers }
  )
  const locationId = location.stock_location.id
  await api.post(`/admin/stock-locations/${locationId}/sales-channels`, { add: [store.salesChannelId] }, { headers })
  await api.post(`/admin/stock-locations/${locationId}/fulfillment-providers`, { add: ["manual_manual"] }, { headers })
  const { data: withSet } = await api.post(
    `/admin/stock-locations/${locationId}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: "Shipping to Norway", type: "shipping" },
    { headers }
  )
  const fulfillmentSetId = withSet.stock_location.fulfillment_sets[0].id
  const { data: withZone } = await api.post(
    `/admin/fulfillment-sets/${fulfillmentSetId}/service-zones`,
    { name: "Norge", geo_zones: [{ type: "country", country_code: "no" }] },
    { headers }
  )
  const serviceZoneId = withZone.fulfillment_set.service_zones[0].id
  const { data: profiles } = await api.get("/admin/shipping-profiles?type=default", { headers })
  const shippingProfileId =
    profiles.shipping_profiles[0]?.id ??
    (await api.post("/admin/shipping-profiles", { name: "Default", type: "default" }, { headers })).data.shipping_profile.id
  const { data: option } = await api.post(
    "/admin/shipping-options",
    {
      name: "Posten",
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: "Standard", description: "2-4 days", code: "standard" },
      prices: [{ currency_code: "nok", amount: 49 }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    },
    { headers }
  )
  const { data: returnOption } = await api.post(
    "/admin/shipping-options",
    {
      name: "Posten retur",
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: "Return", description: "Drop off at any post office", code: "return" },
      prices: [{ currency_code: "nok", amount: 0 }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "true", operator: "eq" },
      ],
    },
    { headers }
  )
  const { data: product } = await api.post(
    "/admin/products",
    {
      title: "Kuksa Birch Mug",
      status: "published",
      shipping_profile_id: shippingProfileId,
      options: [{ title: "Size", values: ["Standard"] }],
      variants: [
        { title: "Standard", options: { Size: "Standard" }, manage_inventory: false, prices: [{ currency_code: "nok", amount: 449 }] },
      ],
      sales_channels: [{ id: store.salesChannelId }],
    },
    { headers }
  )
  return {
    regionId: region.region.id,
    locationId,
    variantId: product.product.variants[0].id,
    shippingOptionId: option.shipping_option.id,
    returnOptionId: returnOption.shipping_option.id,
    storeHeaders: { "x-publishable-api-key": store.publishableKey },
  }
}

export const NORWEGIAN_ADDRESS = {
  first_name: "Kari",
  last_name: "Nordmann",
  address_1: "Storgata 22",
  city: "Oslo",
  postal_code: "0150",
  country_code: "no",
  phone: "+47 91234567",
}

/**
 * A complete checkout through the store API, as a storefront does it:
 * cart, item, address, shipping, payment session, completion.
 */
export async function checkout(
  api: AxiosInstance,
  catalogue: Catalogue,
  {
    email,
    headers = {},
    address = NORWEGIAN_ADDRESS,
    promoCode,
    metadata,
  }: {
    email: string
    headers?: Record<string, string>
    address?: typeof NORWEGIAN_ADDRESS
    promoCode?: string
    metadata?: Record<string, unknown>
  }
) {
  const h = { headers: { ...catalogue.storeHeaders, ...headers } }
  const { data: created } = await api.post("/store/carts", { region_id: catalogue.regionId, email, ...(metadata ? { metadata } : {}) }, h)
  const cartId = created.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: catalogue.variantId, quantity: 2 }, h)
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, h)
  if (promoCode) {
    await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promoCode] }, h)
  }
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: catalogue.shippingOptionId }, h)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    h
  )
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
  if (completed.type !== "order") {
    throw new Error(`Checkout did not complete: ${JSON.stringify(completed.error ?? completed)}`)
  }
  return { cartId, order: completed.order }
}
