import type { AxiosInstance } from "axios"
import type { AdminSession } from "./admin"
import { checkout, type Catalogue } from "./checkout"
import { signUpCustomer } from "./customer"
import { claimAndExchange, createPromotion, fulfilAndReturn } from "./order-history"
import type { StoreContext } from "./store"

export type HistoryContext = {
  api: AxiosInstance
  admin: AdminSession
  store: StoreContext
  catalogue: Catalogue
  dbConnection: { raw: (sql: string, bindings?: unknown[]) => Promise<any> }
}

/** Data-map entries for the shop's own `loyalty_member` table that `customerWithHistory` fills. */
export const LOYALTY_MEMBER_ENTRIES = ["card_number", "nickname"].map((column) => ({
  table: "loyalty_member", column, subjectColumn: "customer_id", module: "loyalty",
  item: "free_text", category: "identity", purposes: ["customer_relationship"], source: "data_subject",
  retention: "relationship", erasure: "delete",
}))

/** A customer with everything: addresses, profile, consents, orders with a promotion, a shipment, a refund, a return, an open cart. */
export async function customerWithHistory({ api, admin, store, catalogue, dbConnection }: HistoryContext) {
  const kari = await signUpCustomer(api, store.publishableKey, {
    email: "kari.export@example.test",
    first_name: "Kari <script>alert('x')</script>",
    last_name: "Nordmann-Eksport",
  })
  for (const address of [
    { address_name: "Hjemme", address_1: "Storgata 22", postal_code: "0150", city: "Oslo", country_code: "no", phone: "+47 91112222" },
    { address_name: "Hytta", address_1: "Hytteveien 7", postal_code: "3580", city: "Geilo", country_code: "no", company: "Kari Keramikk AS" },
  ]) {
    await api.post("/store/customers/me/addresses", { first_name: "Kari", last_name: "Nordmann-Eksport", ...address }, { headers: kari.headers })
  }
  await api.post(`/admin/customers/${kari.id}`, { metadata: { loyalty_card: "LC-4411" } }, { headers: admin.headers })
  // An integration's key named like a property of every object must stay a plain label in the summary.
  await dbConnection.raw(`update customer set metadata = metadata || '{"constructor":"Kari''s key"}' where id = ?`, [kari.id])
  const { data: group } = await api.post("/admin/customer-groups", { name: "Stamkunder" }, { headers: admin.headers })
  await api.post(`/admin/customer-groups/${group.customer_group.id}/customers`, { add: [kari.id] }, { headers: admin.headers })
  await dbConnection.raw(`update customer_group_customer set metadata = '{"joined_via":"Julemarked 2025"}' where customer_id = ?`, [kari.id])
  await api.post("/store/customers/me/privacy", { language: "sv", gender: "female", homepage_url: "https://kari-export.example" }, { headers: kari.headers })
  await api.post("/store/customers/me/privacy/consents", { purpose: "marketing", channel: "email", granted: true }, { headers: kari.headers })
  await api.post(
    `/admin/customers/${kari.id}/privacy/consents`,
    { purpose: "marketing", channel: "sms", granted: false, source: "admin_phone", note: "Ringte inn: ingen SMS, takk" },
    { headers: admin.headers }
  )
  await api.post("/store/privacy/consents", { email: "kari.export@example.test", channel: "email" }, { headers: catalogue.storeHeaders })

  await createPromotion(api, admin, "VELKOMMEN10")
  const address = { first_name: "Kari", last_name: "Nordmann-Eksport", address_1: "Storgata 22", city: "Oslo", postal_code: "0150", country_code: "no", phone: "+47 91112222" }
  const first = await checkout(api, catalogue, {
    email: kari.email,
    headers: kari.headers,
    address,
    promoCode: "VELKOMMEN10",
    metadata: { gift_message: "Til mormor på 90-årsdagen" },
  })
  const second = await checkout(api, catalogue, { email: kari.email, headers: kari.headers, address })
  const history = await fulfilAndReturn(api, admin, catalogue, first.order.id, {
    trackingNumber: "NO370123456789",
    refundNote: "Godvilje for sen levering",
    returnNote: "Hanken var knust ved levering",
  })
  const { claimId, exchangeId } = await claimAndExchange(api, admin, catalogue, second.order.id)
  // What staff and integrations write beside the API: notes on claimed and exchanged items, an
  // order item's own metadata, a payment session's metadata.
  await dbConnection.raw(`update order_claim_item set note = 'Sprekk i glasuren', metadata = '{"photo_ref":"IMG-2211"}' where claim_id = ?`, [claimId])
  await dbConnection.raw(`update order_exchange_item set note = 'Ønsket større kopp', metadata = '{"size":"Large"}' where exchange_id = ?`, [exchangeId])
  await dbConnection.raw(`update order_item set metadata = '{"gift_wrap":"gull"}' where order_id = ?`, [first.order.id])
  await dbConnection.raw(
    `update payment_session set metadata = '{"wallet":"Vipps"}' where payment_collection_id in (select payment_collection_id from order_payment_collection where order_id = ?)`,
    [first.order.id]
  )
  // A payment provider's own record can hold secrets; the export must leave it out.
  await dbConnection.raw(`update payment set data = '{"client_secret":"pi_3_secret_DO_NOT_EXPORT"}' where id = ?`, [history.paymentId])
  // A table of the shop's own loyalty module.
  await dbConnection.raw(`create table if not exists loyalty_member (id text primary key, customer_id text, card_number text, nickname text)`)
  await dbConnection.raw(`insert into loyalty_member values ('lm_1', ?, 'LC-4411-77', 'Kari K.'), ('lm_2', ?, 'LC-4411-78', 'Kari på hytta'), ('lm_3', 'cus_someone_else', 'LC-0000-01', 'Not Kari')`, [kari.id, kari.id])

  const { data: cart } = await api.post("/store/carts", { region_id: catalogue.regionId, email: kari.email }, { headers: kari.headers })
  await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: catalogue.variantId, quantity: 1, metadata: { engraving: "KN 1966" } }, { headers: kari.headers })
  await api.post(
    `/store/carts/${cart.cart.id}`,
    { shipping_address: { ...address, address_1: "Fjellveien 3", city: "Tromsø", postal_code: "9008" } },
    { headers: kari.headers }
  )
  await api.post("/store/carts", { region_id: catalogue.regionId, email: kari.email, metadata: { referrer: "nyhetsbrev" } }, { headers: kari.headers })
  return kari
}

export async function otherCustomer({ api, store, catalogue }: HistoryContext) {
  const ola = await signUpCustomer(api, store.publishableKey, { email: "ola.annen@example.test", first_name: "Ola", last_name: "Annensen" })
  await checkout(api, catalogue, {
    email: ola.email,
    headers: ola.headers,
    address: { first_name: "Ola", last_name: "Annensen", address_1: "Bakkegata 99", city: "Bergen", postal_code: "5003", country_code: "no", phone: "+47 98765432" },
  })
  return ola
}
