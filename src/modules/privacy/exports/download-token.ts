import { openToken, signToken } from "../lib/signed-token"

const LABEL = "privacy-export"

/** A download link names one export and its expiry, signed with the shop's link secret. */
export function signExportToken(exportId: string, expiresAt: Date, secret: string): string {
  return signToken(LABEL, [exportId, expiresAt.getTime()], secret)
}

export type ExportTokenCheck =
  | { valid: true; export_id: string; expires_at: Date }
  | { valid: false; reason: "invalid" | "expired"; export_id?: string }

export function verifyExportToken(token: unknown, secret: string, now = new Date()): ExportTokenCheck {
  const value = openToken(LABEL, token, secret, 256)
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || typeof value[1] !== "number") {
    return { valid: false, reason: "invalid" }
  }
  const [exportId, expires] = value as [string, number]
  return expires <= now.getTime()
    ? { valid: false, reason: "expired", export_id: exportId }
    : { valid: true, export_id: exportId, expires_at: new Date(expires) }
}
