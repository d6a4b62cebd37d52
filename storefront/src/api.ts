import type { ConsentAction, CookieDeclaration } from "./types"

export interface StoreClient {
  backendUrl: string
  publishableKey: string
  authToken: string | null
}

/** Credentials are included so that Medusa's session cookie links a signed-in customer to the record. */
function call(client: StoreClient, path: string, body?: object) {
  const headers: Record<string, string> = { "x-publishable-api-key": client.publishableKey }
  if (client.authToken) headers.authorization = "Bearer " + client.authToken
  if (body) headers["content-type"] = "application/json"
  return fetch(client.backendUrl.replace(/\/+$/, "") + path, {
    method: body ? "POST" : "GET",
    credentials: "include",
    headers,
    body: body && JSON.stringify(body),
  })
}

export async function fetchDeclaration(client: StoreClient, lang: string): Promise<CookieDeclaration> {
  const response = await call(client, "/store/privacy/cookies?lang=" + encodeURIComponent(lang))
  if (!response.ok) throw Error("" + response.status)
  return response.json()
}

export interface ConsentBody {
  consent_id: string
  action: ConsentAction
  categories: string[]
  revision: string
  language: string
}

export const postConsent = (client: StoreClient, body: ConsentBody) => call(client, "/store/privacy/cookie-consents", body)
