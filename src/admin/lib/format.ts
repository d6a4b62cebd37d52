export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(tag)
    return name && name !== tag ? `${name} (${tag})` : tag
  } catch {
    return tag
  }
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  return new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

export function humanize(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ")
}

/** Only http(s) addresses become links: a stored `javascript:` URL must never run. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}

export function describeRetention(rule: string | { fixed: { months?: number; days?: number } }): string {
  if (typeof rule === "string") {
    return humanize(rule)
  }
  return rule.fixed.months ? `${rule.fixed.months} months` : `${rule.fixed.days} days`
}

const CHANNEL_LABELS: Record<string, string> = { email: "E-mail", sms: "SMS", phone: "Phone", post: "Post" }
const CONSENT_SOURCE_LABELS: Record<string, string> = {
  storefront: "Storefront",
  checkout: "Checkout",
  account: "Customer account",
  unsubscribe_link: "Unsubscribe link",
  double_opt_in: "Double opt-in",
  admin_phone: "Phone (staff)",
  admin_email: "E-mail (staff)",
  admin_letter: "Letter (staff)",
  import: "Import",
}

export const channelLabel = (channel: string) => CHANNEL_LABELS[channel] ?? humanize(channel)
export const consentSourceLabel = (source: string) => CONSENT_SOURCE_LABELS[source] ?? humanize(source)

export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  return new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" })
}
