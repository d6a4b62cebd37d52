import { createHmac, timingSafeEqual } from "node:crypto"
import type { ConsentChannel } from "../lib/constants"
import { CONSENT_CHANNELS } from "../lib/constants"

/**
 * Who a link unsubscribes: a customer by id, or a subscriber without an
 * account by consent-subject id. No e-mail address appears in a link.
 */
export type UnsubscribeTarget =
  | { customer_id: string; purpose: string; channel: ConsentChannel }
  | { subject_id: string; purpose: string; channel: ConsentChannel }

/**
 * `<payload>.<mac>`: the payload names the target (base64url JSON), the MAC is
 * HMAC-SHA256 over it with the shop's secret. Tokens never expire (RFC 8058
 * links must keep working in old e-mails); changing the secret revokes them all.
 */
export function signUnsubscribeToken(target: UnsubscribeTarget, secret: string): string {
  const tuple = "customer_id" in target
    ? ["c", target.customer_id, target.purpose, target.channel]
    : ["s", target.subject_id, target.purpose, target.channel]
  const payload = Buffer.from(JSON.stringify(tuple)).toString("base64url")
  return `${payload}.${mac(payload, secret)}`
}

/** The target of a genuine token; `undefined` for anything tampered, truncated or made up. */
export function verifyUnsubscribeToken(token: unknown, secret: string): UnsubscribeTarget | undefined {
  if (typeof token !== "string" || token.length > 512) {
    return undefined
  }
  const [payload, given, ...rest] = token.split(".")
  if (!payload || !given || rest.length) {
    return undefined
  }
  const expected = Buffer.from(mac(payload, secret), "base64url")
  const actual = Buffer.from(given, "base64url")
  // Constant time, so the comparison does not reveal how much of a forged MAC was right.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return undefined
  }
  try {
    const [kind, id, purpose, channel] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (typeof id !== "string" || typeof purpose !== "string" || !(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
      return undefined
    }
    if (kind === "c") {
      return { customer_id: id, purpose, channel }
    }
    if (kind === "s") {
      return { subject_id: id, purpose, channel }
    }
  } catch {
    // a MAC over something that is not ours
  }
  return undefined
}

function mac(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`privacy-unsubscribe:${payload}`).digest("base64url")
}
