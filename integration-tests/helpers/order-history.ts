import type { AxiosInstance } from "axios"
import type { AdminSession } from "./admin"
import type { Catalogue } from "./checkout"

/** A promotion code a storefront can apply to a cart. */
export async function createPromotion(api: AxiosInstance, admin: AdminSession, code: string): Promise<string> {
  const { data } = await api.post(
    "/admin/promotions",
    {
      code,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
    },
    { headers: admin.headers }
  )
  return data.promotion.id
}

/** Names the failing admin call and Medusa's message instead of a bare status. */
async function call<T>(label: string, request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (error) {
    const response = (error as { response?: { status: number; data?: { message?: string } } }).response
    if (response) {
      throw new Error(`${label}: ${response.status} ${response.data?.message ?? ""}`)
    }
    throw error
  }
}

const ORDER_FIELDS = "*items,*fulfillments,*payment_collections,*payment_collections.payments"

/** Ships every item of an order with one tracking label, as staff do in the dashboard. */
export async function fulfil(api: AxiosInstance, admin: AdminSession, catalogue: Catalogue, orderId: string, trackingNumber: string) {
  const headers = { headers: admin.headers }
  const order = async () => (await api.get(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`, headers)).data.order
  const { items } = await order()
  const lineItems = items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity }))
  await call("fulfil", api.post(`/admin/orders/${orderId}/fulfillments`, { items: lineItems, location_id: catalogue.locationId }, headers))
  const { fulfillments } = await order()
  await call(
    "ship",
    api.post(
      `/admin/orders/${orderId}/fulfillments/${fulfillments[0].id}/shipments`,
      {
        items: lineItems,
        labels: [
          {
            tracking_number: trackingNumber,
            tracking_url: `https://sporing.posten.no/sporing/${trackingNumber}`,
            label_url: `https://labels.example.test/${trackingNumber}.pdf`,
          },
        ],
      },
      headers
    )
  )
  return order()
}

/**
 * What happens to an order after checkout: staff ship it with a tracking
 * label, capture the payment and refund part of it with a note; the customer
 * returns one item from the storefront, in their own words.
 */
export async function fulfilAndReturn(
  api: AxiosInstance,
  admin: AdminSession,
  catalogue: Catalogue,
  orderId: string,
  { trackingNumber, refundNote, returnNote }: { trackingNumber: string; refundNote: string; returnNote: string }
) {
  const headers = { headers: admin.headers }
  const { items, payment_collections } = await fulfil(api, admin, catalogue, orderId, trackingNumber)
  const payment = payment_collections[0].payments[0]
  await call("capture", api.post(`/admin/payments/${payment.id}/capture`, {}, headers))
  await call("refund", api.post(`/admin/payments/${payment.id}/refund`, { amount: 10, note: refundNote }, headers))

  // The customer starts the return from the storefront, in their own words.
  const { data: created } = await call(
    "return",
    api.post(
      "/store/returns",
      { order_id: orderId, items: [{ id: items[0].id, quantity: 1, note: returnNote }], return_shipping: { option_id: catalogue.returnOptionId } },
      { headers: catalogue.storeHeaders }
    )
  )
  return { returnId: created.return.id as string, paymentId: payment.id as string }
}

/**
 * A shipped order that goes wrong twice, through the admin API: a broken item
 * claimed and replaced, and another exchanged for a new one.
 */
export async function claimAndExchange(api: AxiosInstance, admin: AdminSession, catalogue: Catalogue, orderId: string) {
  const headers = { headers: admin.headers }
  const { items } = await fulfil(api, admin, catalogue, orderId, "NO370999888777")
  const itemId = items[0].id

  const { data: claimed } = await call("claim", api.post("/admin/claims", { order_id: orderId, type: "replace" }, headers))
  const claimId = claimed.claim.id
  await call("claim item", api.post(`/admin/claims/${claimId}/claim-items`, { items: [{ id: itemId, quantity: 1, reason: "production_failure" }] }, headers))
  await call("claim replacement", api.post(`/admin/claims/${claimId}/outbound/items`, { items: [{ variant_id: catalogue.variantId, quantity: 1 }] }, headers))
  await call("request claim", api.post(`/admin/claims/${claimId}/request`, {}, headers))

  const { data: exchanged } = await call("exchange", api.post("/admin/exchanges", { order_id: orderId }, headers))
  const exchangeId = exchanged.exchange.id
  await call("exchange in", api.post(`/admin/exchanges/${exchangeId}/inbound/items`, { items: [{ id: itemId, quantity: 1 }] }, headers))
  await call("exchange out", api.post(`/admin/exchanges/${exchangeId}/outbound/items`, { items: [{ variant_id: catalogue.variantId, quantity: 1 }] }, headers))
  await call("request exchange", api.post(`/admin/exchanges/${exchangeId}/request`, {}, headers))
  return { claimId: claimId as string, exchangeId: exchangeId as string }
}
