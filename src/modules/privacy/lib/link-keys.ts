import { createHmac } from "node:crypto"

/** One configured link secret and its id (`linkSecrets`); `linkSecret` alone is the id "1". */
export type LinkSecret = { id: string; secret: string }

/** The key of one kind of link, derived from one secret; the id says which secret. */
export type LinkKey = { id: string; key: string }

/** What a link kind signs and verifies with: the newest secret signs, every listed one verifies. */
export type LinkKeyring = {
  signing: LinkKey
  verifying: LinkKey[]
  /** Raw secrets that verify tokens in the format before key ids (unsubscribe links only). */
  legacySecrets: string[]
}

export const LINK_KINDS = ["unsubscribe", "export-download", "consent-join", "request-verify"] as const
export type LinkKind = (typeof LINK_KINDS)[number]

export const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/

/**
 * One key per kind of link, HMAC-SHA256 of the secret over a label: a mail
 * tool holding the unsubscribe key cannot make a download link, and no key
 * tells anything about the secret or another kind's key.
 */
export function deriveLinkKey({ id, secret }: LinkSecret, kind: LinkKind): LinkKey {
  return { id, key: createHmac("sha256", secret).update(`medusa-plugin-privacy:link-key:${kind}`).digest("hex") }
}

/** `secrets` newest first, as in the options. */
export function linkKeyring(secrets: LinkSecret[], kind: LinkKind, { legacy = false } = {}): LinkKeyring {
  const verifying = secrets.map((secret) => deriveLinkKey(secret, kind))
  return { signing: verifying[0], verifying, legacySecrets: legacy ? secrets.map((s) => s.secret) : [] }
}

/** The one text an e-mail tool is given to make unsubscribe links: `<id>.<key>`. */
export function formatLinkKey(key: LinkKey): string {
  return `${key.id}.${key.key}`
}

export function parseLinkKey(text: string): LinkKey {
  const [id, key, ...rest] = text.split(".")
  if (rest.length || !KEY_ID.test(id ?? "") || !/^[0-9a-f]{64}$/.test(key ?? "")) {
    throw new Error("expected an unsubscribe key as printed by unsubscribeKey(): '<id>.<64 hex characters>'")
  }
  return { id, key }
}
