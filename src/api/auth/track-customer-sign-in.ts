import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCustomerActivityWorkflow } from "../../workflows/record-customer-activity"

/**
 * Medusa emits no event when a customer signs in, so the plugin watches the
 * response of the customer auth routes: a 200 carrying a token whose actor is
 * a customer is a sign-in. The response goes out first; the activity is
 * recorded after it, so recording can neither fail nor delay a sign-in.
 */
export function trackCustomerSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    const customerId = res.statusCode === 200 ? customerIdFromTokenBody(body) : undefined
    const sent = send(body)
    if (customerId) {
      const at = new Date()
      recordCustomerActivityWorkflow(req.scope)
        .run({ input: { customer_ids: [customerId], at } })
        .catch((error: Error) => {
          req.scope
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`privacy: could not record a customer sign-in: ${error.message}`)
        })
    }
    return sent
  }) as MedusaResponse["json"]
  next()
}

function customerIdFromTokenBody(body: unknown): string | undefined {
  const token = (body as { token?: unknown } | null)?.token
  if (typeof token !== "string") {
    return undefined
  }
  try {
    // The token was minted by this server for this response: reading its payload is enough.
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return payload?.actor_type === "customer" && typeof payload.actor_id === "string" && payload.actor_id
      ? payload.actor_id
      : undefined
  } catch {
    return undefined
  }
}

export const customerSignInMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/:auth_provider", middlewares: [trackCustomerSignIn] },
  { method: ["GET", "POST"], matcher: "/auth/customer/:auth_provider/callback", middlewares: [trackCustomerSignIn] },
]
