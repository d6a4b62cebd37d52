import { randomBytes } from "node:crypto"
import { z } from "@medusajs/framework/zod"
import { emailHashKey } from "../email-key"
import { KEY_ID, linkKeyring, type LinkSecret } from "../link-keys"

const secretText = z
  .string({ error: "expected a secret text" })
  .min(32, { error: "expected at least 32 characters; use a random value, e.g. from an environment variable" })

/** HMAC secret of signed links (unsubscribe, export downloads); required outside development. */
export const linkSecretSchema = secretText.optional()

/** Secrets by key id, newest first: the first signs, every one verifies (rotation). */
export const linkSecretsSchema = z
  .array(
    z
      .object(
        {
          id: z.string({ error: "expected a key id" }).regex(KEY_ID, { error: "expected a key id of 1 to 16 letters, digits, '-' or '_'" }),
          secret: secretText,
        },
        { error: "expected { id, secret }" }
      )
      .strict(),
    { error: "expected a list of { id, secret }, newest first" }
  )
  .min(1, { error: "expected at least one secret" })
  .refine((secrets) => new Set(secrets.map((s) => s.id)).size === secrets.length, { error: "expected each key id once" })
  .optional()

/** Links made with it stop working at the next restart: only for development. */
const EPHEMERAL_LINK_SECRET = randomBytes(32).toString("hex")

function isDevelopment(): boolean {
  return ["development", "test"].includes(process.env.NODE_ENV ?? "development")
}

/** Signed links in e-mails: one keyring per kind of link, and the address they point at. */
export function resolveLinks(
  options: { linkSecret?: string; linkSecrets?: LinkSecret[]; publicUrl?: string },
  report: (path: (string | number)[], message: string) => void
) {
  if (options.linkSecret && options.linkSecrets) {
    report(["linkSecrets"], "expected linkSecret or linkSecrets, not both: list the old secret in linkSecrets with the id \"1\"")
  }
  if (!isDevelopment()) {
    if (!options.linkSecret && !options.linkSecrets) {
      report(["linkSecret"], "required outside development: at least 32 random characters, e.g. from an environment variable")
    }
    if (!options.publicUrl) {
      report(["publicUrl"], "required outside development: the public address of this Medusa server, for links in e-mails")
    }
  }
  const secrets: LinkSecret[] = options.linkSecrets ?? [{ id: "1", secret: options.linkSecret ?? EPHEMERAL_LINK_SECRET }]
  return {
    secrets,
    // Unsubscribe links never expire: those sent before key ids verify with the raw secrets.
    unsubscribe: linkKeyring(secrets, "unsubscribe", { legacy: true }),
    exportDownload: linkKeyring(secrets, "export-download"),
    consentJoin: linkKeyring(secrets, "consent-join"),
    requestVerify: linkKeyring(secrets, "request-verify"),
    /** The key of the hashes of customers' earlier addresses: from the oldest secret, which stays listed. */
    emailKey: emailHashKey(secrets[secrets.length - 1].secret),
    publicUrl: (options.publicUrl ?? "http://localhost:9000").replace(/\/+$/, ""),
    /** True when links are signed with a secret that changes at every restart. */
    ephemeral: !options.linkSecret && !options.linkSecrets,
  }
}
