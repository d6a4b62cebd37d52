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
  const order = async () => (await api.get(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`, headers)).data.order
  const { items } = await order()
  const lineItems = items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity }))

  await call("fulfil", api.post(`/admin/orders/${orderId}/fulfillments`, { items: lineItems, location_id: catalogue.locationId }, headers))
  const { fulfillments } = await order()
  await call("ship", api.post(
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
  ))

  const { payment_collections } = await order()
  const payment = payment_collections[0].payments[0]
  await call("capture", api.post(`/admin/payments/${payment.id}/capture`, {}, headers))
  await call("refund", api.post(`/admin/payments/${payment.id}/refund`, { amount: 10, note: refundNote }, headers))

  // The customer starts the return from the storefront, in their own words.
  const { data: created } = await call(
    "return",
    api.post(
      "/store/returns",
      { order_id: orderId, items: [{ id: lineItems[0].id, quantity: 1, note: returnNote }], return_shipping: { option_id: catalogue.returnOptionId } },
      { headers: catalogue.storeHeaders }
    )
  )
  const returnId = created.return.id
  return { returnId, paymentId: payment.id }
}
