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
