import { createHmac, timingSafeEqual } from "node:crypto"
import { KEY_ID, type LinkKey } from "./link-keys"

const BASE64URL = /^[A-Za-z0-9_-]+$/
/** A SHA-256 MAC in unpadded base64url is exactly 43 characters. */
const MAC = /^[A-Za-z0-9_-]{43}$/

/**
 * `<key id>.<payload>.<mac>` tokens: the payload is base64url JSON, the MAC
 * is HMAC-SHA256 with the link kind's key over a label, the key id and the
 * payload. The label keeps one kind of token from ever passing as another;
 * the key id names the secret, so old secrets keep verifying after rotation.
 */
export function signToken(label: string, value: unknown, key: LinkKey): string {
  const signed = `${key.id}.${Buffer.from(JSON.stringify(value)).toString("base64url")}`
  return `${signed}.${mac(label, signed, key.key)}`
}

/**
 * The payload of a genuine token, or `undefined`. Only the exact characters
 * that were signed pass: no padding, no stray characters, no other spelling of
 * the same bytes. The MAC is compared as text in constant time. A token in the
 * format before key ids (`<payload>.<mac>`, signed with the raw secret) passes
 * only when `legacySecrets` are given.
 */
export function openToken(
  label: string,
  token: unknown,
  keys: { verifying: LinkKey[]; legacySecrets?: string[] },
  maxLength = 512
): unknown {
  if (typeof token !== "string" || token.length > maxLength) {
    return undefined
  }
  const parts = token.split(".")
  if (parts.length === 3 && KEY_ID.test(parts[0]) && BASE64URL.test(parts[1]) && MAC.test(parts[2])) {
    const key = keys.verifying.find((candidate) => candidate.id === parts[0])
    return key && sameMac(parts[2], mac(label, `${parts[0]}.${parts[1]}`, key.key)) ? decode(parts[1]) : undefined
  }
  if (parts.length === 2 && BASE64URL.test(parts[0]) && MAC.test(parts[1])) {
    const genuine = (keys.legacySecrets ?? []).some((secret) => sameMac(parts[1], mac(label, parts[0], secret)))
    return genuine ? decode(parts[0]) : undefined
  }
  return undefined
}

function sameMac(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(given, "ascii"), Buffer.from(expected, "ascii"))
}

function decode(payload: string): unknown {
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return undefined
  }
}

function mac(label: string, payload: string, key: string): string {
  return createHmac("sha256", key).update(`${label}:${payload}`).digest("base64url")
}
