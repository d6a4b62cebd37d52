import { createHmac } from "node:crypto"

/**
 * The key of the address hashes in privacy_email_history, derived from the
 * link secret so that no second secret has to be configured; the hash itself
 * is computed by the database (processors/sets.ts), so that recording and
 * finding use the same lower-casing.
 */
export function emailHashKey(linkSecret: string): string {
  return createHmac("sha256", linkSecret).update("privacy-email-history").digest("hex")
}
