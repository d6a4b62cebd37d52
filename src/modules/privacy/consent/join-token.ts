import { createHash } from "node:crypto"
import type { LinkKey, LinkKeyring } from "../lib/link-keys"
import { openToken, signToken } from "../lib/signed-token"
import { normalizeEmail } from "./rules"

const LABEL = "privacy-consent-join"

/** What a join link names: the account, and its address as it was when the link was sent (hashed). */
export type JoinTarget = { customer_id: string; email_digest: string }

export function emailDigest(email: string): string {
  return createHash("sha256").update(normalizeEmail(email)).digest("base64url").slice(0, 22)
}

export function signJoinToken(customerId: string, email: string, expiresAt: Date, key: LinkKey): string {
  return signToken(LABEL, [customerId, emailDigest(email), expiresAt.getTime()], key)
}

/** The target of a genuine, unexpired link; `undefined` otherwise. */
export function verifyJoinToken(token: unknown, keys: Pick<LinkKeyring, "verifying">, now = new Date()): JoinTarget | undefined {
  const value = openToken(LABEL, token, { verifying: keys.verifying }, 256)
  if (!Array.isArray(value) || value.length !== 3) {
    return undefined
  }
  const [customerId, digest, expires] = value
  if (typeof customerId !== "string" || typeof digest !== "string" || typeof expires !== "number" || expires <= now.getTime()) {
    return undefined
  }
  return { customer_id: customerId, email_digest: digest }
}
