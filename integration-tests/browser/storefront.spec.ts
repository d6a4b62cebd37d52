import { readZip } from "../helpers/zip"
import { storeApi } from "./helpers/store-api"

jest.setTimeout(300_000)

const ADDRESS = {
  first_name: "Tuva",
  last_name: "Lie",
  address_1: "Storgata 22",
  city: "Oslo",
  postal_code: "0150",
  country_code: "no",
}

/** The demo store sells as a storefront would, and the buyer's export holds the order. */
describe("Shopping in the demo store", () => {
  it("a new customer checks out and finds the order in their own export", async () => {
    const store = storeApi()
    const email = `tuva.lie.${Date.now()}@example.com`
    const password = "Tuva-says-hello-42"

    const registered = await fetchJson(`${store.url}/auth/customer/emailpass/register`, { email, password })
    store.signedInWith(registered.token)
    await store.post("/store/customers", { email, first_name: ADDRESS.first_name, last_name: ADDRESS.last_name })
    const signedIn = await fetchJson(`${store.url}/auth/customer/emailpass`, { email, password })
    store.signedInWith(signedIn.token)

    const { regions } = await store.get("/store/regions")
    const norway = regions.find((region: { countries: { iso_2: string }[] }) => region.countries.some((c) => c.iso_2 === "no"))
    const { products } = await store.get("/store/products?handle=northern-lights&fields=*variants")
    const { cart } = await store.post("/store/carts", { region_id: norway.id })
    await store.post(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 2 })
    await store.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })

    const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
    const posten = shipping_options.find((option: { name: string }) => option.name === "Posten")
    expect(posten).toBeDefined()
    await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: posten.id })
    const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
    await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await store.post(`/store/carts/${cart.id}/complete`)
    expect(completed.type).toBe("order")
    const orderId: string = completed.order.id

    const requested = await store.post("/store/customers/me/privacy/exports", {})
    const ready = await waitUntilReady(store, requested.export.id)
    const files = await readZip(await store.download(ready.download_url))
    const data = files.get("data.json")
    expect(data).toBeDefined()
    expect(() => JSON.parse(data!)).not.toThrow()
    expect(data).toContain(orderId)
  })
})

async function fetchJson(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  if (!response.ok) {
    throw new Error(`POST ${new URL(url).pathname} answered ${response.status}`)
  }
  return response.json()
}

async function waitUntilReady(store: ReturnType<typeof storeApi>, exportId: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { export: current } = await store.get(`/store/customers/me/privacy/exports/${exportId}`)
    if (current.status === "ready") {
      return current
    }
    if (current.status === "failed" || current.status === "expired") {
      throw new Error(`export ${exportId} ended ${current.status}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`export ${exportId} was not ready within ${timeoutMs / 1000} s`)
}
