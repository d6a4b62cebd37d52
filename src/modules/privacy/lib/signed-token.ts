import { createHmac, timingSafeEqual } from "node:crypto"

const BASE64URL = /^[A-Za-z0-9_-]+$/
/** A SHA-256 MAC in unpadded base64url is exactly 43 characters. */
const MAC = /^[A-Za-z0-9_-]{43}$/

/**
 * `<payload>.<mac>` tokens: the payload is base64url JSON, the MAC is
 * HMAC-SHA256 over a label and the payload. The label keeps one kind of
 * token from ever passing as another.
 */
export function signToken(label: string, value: unknown, secret: string): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${payload}.${mac(label, payload, secret)}`
}

/**
 * The payload of a genuine token, or `undefined`. Only the exact characters
 * that were signed pass: no padding, no stray characters, no other spelling of
 * the same bytes. The MAC is compared as text in constant time.
 */
export function openToken(label: string, token: unknown, secret: string, maxLength = 512): unknown {
  if (typeof token !== "string" || token.length > maxLength) {
    return undefined
  }
  const parts = token.split(".")
  if (parts.length !== 2 || !BASE64URL.test(parts[0]) || !MAC.test(parts[1])) {
    return undefined
  }
  const expected = Buffer.from(mac(label, parts[0], secret), "ascii")
  if (!timingSafeEqual(Buffer.from(parts[1], "ascii"), expected)) {
    return undefined
  }
  try {
    return JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))
  } catch {
    return undefined
  }
}

function mac(label: string, payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${label}:${payload}`).digest("base64url")
}
