import { CONSENT_CHANNELS, type ConsentChannel } from "../lib/constants"
import type { LinkKey, LinkKeyring } from "../lib/link-keys"
import { openToken, signToken } from "../lib/signed-token"

/**
 * Who a link unsubscribes: a customer by id, or a subscriber without an
 * account by consent-subject id. No e-mail address appears in a link.
 */
export type UnsubscribeTarget =
  | { customer_id: string; purpose: string; channel: ConsentChannel }
  | { subject_id: string; purpose: string; channel: ConsentChannel }

const LABEL = "privacy-unsubscribe"

/**
 * HMAC-SHA256 over the target with the unsubscribe key. Tokens never expire
 * (RFC 8058 links must keep working in old e-mails): a rotated secret stays
 * in `linkSecrets` to keep verifying them, and links made before key ids
 * verify with the raw secrets.
 */
export function signUnsubscribeToken(target: UnsubscribeTarget, key: LinkKey): string {
  const tuple = "customer_id" in target
    ? ["c", target.customer_id, target.purpose, target.channel]
    : ["s", target.subject_id, target.purpose, target.channel]
  return signToken(LABEL, tuple, key)
}

/** The target of a genuine token; `undefined` for anything tampered, truncated, respelled or made up. */
export function verifyUnsubscribeToken(token: unknown, keys: Pick<LinkKeyring, "verifying" | "legacySecrets">): UnsubscribeTarget | undefined {
  const tuple = openToken(LABEL, token, keys)
  if (!Array.isArray(tuple) || tuple.length !== 4) {
    return undefined
  }
  const [kind, id, purpose, channel] = tuple
  if (typeof id !== "string" || typeof purpose !== "string" || !(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
    return undefined
  }
  if (kind === "c") {
    return { customer_id: id, purpose, channel }
  }
  return kind === "s" ? { subject_id: id, purpose, channel } : undefined
}
