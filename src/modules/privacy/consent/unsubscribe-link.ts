import { signUnsubscribeToken, type UnsubscribeTarget } from "./unsubscribe-token"

export type UnsubscribeLink = {
  /** The visible link for the message body. */
  url: string
  /** Headers for the message (RFC 2369 List-Unsubscribe, RFC 8058 one-click). */
  headers: { "List-Unsubscribe": string; "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
}

/** The unsubscribe link of one person for one purpose on one channel, and the headers that carry it. */
export function unsubscribeLink(
  target: UnsubscribeTarget,
  { secret, publicUrl }: { secret: string; publicUrl: string }
): UnsubscribeLink {
  const url = `${publicUrl.replace(/\/+$/, "")}/privacy/unsubscribe?token=${signUnsubscribeToken(target, secret)}`
  return { url, headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
}
