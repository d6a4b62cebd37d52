import type { LinkKey, LinkKeyring } from "../lib/link-keys"
import { openToken, signToken } from "../lib/signed-token"

const LABEL = "privacy-request-verify"

/** The link that proves a request from the public form came from the mailbox it names: the request and an expiry. */
export function signRequestToken(requestId: string, expiresAt: Date, key: LinkKey): string {
  return signToken(LABEL, [requestId, expiresAt.getTime()], key)
}

/** The request of a genuine, unexpired link; `undefined` otherwise. */
export function openRequestToken(token: unknown, keys: Pick<LinkKeyring, "verifying">, now = new Date()): string | undefined {
  const value = openToken(LABEL, token, { verifying: keys.verifying }, 256)
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const [requestId, expires] = value
  return typeof requestId === "string" && typeof expires === "number" && expires > now.getTime() ? requestId : undefined
}
