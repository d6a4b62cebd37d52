import type { LinkKey } from "../lib/link-keys"
import { deriveLinkKey, parseLinkKey } from "../lib/link-keys"
import { signUnsubscribeToken, type UnsubscribeTarget } from "./unsubscribe-token"

export type UnsubscribeLink = {
  /** The visible link for the message body. */
  url: string
  /** Headers for the message (RFC 2369 List-Unsubscribe, RFC 8058 one-click). */
  headers: { "List-Unsubscribe": string; "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
}

/**
 * What signs the link: the unsubscribe key (`{ key }`: the text from
 * `unsubscribeKey()`, or a key object), or the shop's `linkSecret` itself
 * (`{ secret, keyId? }`, key id "1" by default), which also makes download links.
 */
export type UnsubscribeSigner = { publicUrl: string } & ({ key: string | LinkKey } | { secret: string; keyId?: string })

/** The unsubscribe link of one person for one purpose on one channel, and the headers that carry it. */
export function unsubscribeLink(target: UnsubscribeTarget, signer: UnsubscribeSigner): UnsubscribeLink {
  const key =
    "key" in signer
      ? typeof signer.key === "string" ? parseLinkKey(signer.key) : signer.key
      : deriveLinkKey({ id: signer.keyId ?? "1", secret: signer.secret }, "unsubscribe")
  const url = `${signer.publicUrl.replace(/\/+$/, "")}/privacy/unsubscribe?token=${signUnsubscribeToken(target, key)}`
  return { url, headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
}
