import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * A download link names one export and its expiry, signed with the shop's
 * link secret (under its own label, so an unsubscribe MAC never passes here).
 */
export function signExportToken(exportId: string, expiresAt: Date, secret: string): string {
  const payload = Buffer.from(JSON.stringify([exportId, expiresAt.getTime()])).toString("base64url")
  return `${payload}.${mac(payload, secret)}`
}

export type ExportTokenCheck =
  | { valid: true; export_id: string; expires_at: Date }
  | { valid: false; reason: "invalid" | "expired"; export_id?: string }

export function verifyExportToken(token: unknown, secret: string, now = new Date()): ExportTokenCheck {
  if (typeof token !== "string" || token.length > 256) {
    return { valid: false, reason: "invalid" }
  }
  const [payload, given, ...rest] = token.split(".")
  if (!payload || !given || rest.length) {
    return { valid: false, reason: "invalid" }
  }
  const expected = Buffer.from(mac(payload, secret), "base64url")
  const actual = Buffer.from(given, "base64url")
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { valid: false, reason: "invalid" }
  }
  try {
    const [exportId, expires] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    if (typeof exportId !== "string" || typeof expires !== "number") {
      return { valid: false, reason: "invalid" }
    }
    return expires <= now.getTime()
      ? { valid: false, reason: "expired", export_id: exportId }
      : { valid: true, export_id: exportId, expires_at: new Date(expires) }
  } catch {
    return { valid: false, reason: "invalid" }
  }
}

function mac(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`privacy-export:${payload}`).digest("base64url")
}
