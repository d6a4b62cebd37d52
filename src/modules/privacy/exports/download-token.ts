import type { LinkKey, LinkKeyring } from "../lib/link-keys"
import { openToken, signToken } from "../lib/signed-token"

const LABEL = "privacy-export"

/** A download link names one export and its expiry, signed with the export-download key. */
export function signExportToken(exportId: string, expiresAt: Date, key: LinkKey): string {
  return signToken(LABEL, [exportId, expiresAt.getTime()], key)
}

export type ExportTokenCheck =
  | { valid: true; export_id: string; expires_at: Date }
  | { valid: false; reason: "invalid" | "expired"; export_id?: string }

/** Links made before key ids are not accepted: they were signed with the secret a mail tool may hold. */
export function verifyExportToken(token: unknown, keys: Pick<LinkKeyring, "verifying">, now = new Date()): ExportTokenCheck {
  const value = openToken(LABEL, token, { verifying: keys.verifying }, 256)
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || typeof value[1] !== "number") {
    return { valid: false, reason: "invalid" }
  }
  const [exportId, expires] = value as [string, number]
  return expires <= now.getTime()
    ? { valid: false, reason: "expired", export_id: exportId }
    : { valid: true, export_id: exportId, expires_at: new Date(expires) }
}
