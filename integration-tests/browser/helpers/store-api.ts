import { demoStore } from "./demo"

/** The demo's storefront API as a storefront calls it: publishable key, optional bearer token. */
export function storeApi() {
  const demo = demoStore()
  let token: string | null = null
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${demo.url}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": demo.publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
    }
    return text ? JSON.parse(text) : null
  }
  return {
    get: (path: string) => request("GET", path),
    post: (path: string, body: unknown = {}) => request("POST", path, body),
    signedInWith: (bearer: string) => {
      token = bearer
    },
    /** Opens the link's page, as a person does, and sends its download button's form. */
    download: async (url: string) => {
      const page = await fetch(url)
      const action = /<form method="post" action="([^"]+)">/.exec(await page.text())?.[1]
      if (!page.ok || !action) {
        throw new Error(`the download page answered ${page.status}${action ? "" : " without a download button"}`)
      }
      const response = await fetch(new URL(action.replace(/&amp;/g, "&"), url), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "",
      })
      if (!response.ok) {
        throw new Error(`download answered ${response.status}`)
      }
      return Buffer.from(await response.arrayBuffer())
    },
    url: demo.url,
  }
}
