/** A `YYYY-MM-DD` day as the language writes it, read in UTC so the machine's zone never shifts it. */
export function formatDay(day: string, locale: string, month: "long" | "numeric" = "long"): string {
  const [year, monthNumber, date] = day.split("-").map(Number)
  return new Intl.DateTimeFormat(locale, { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, monthNumber - 1, date)))
}

/** "a, b and c" in the language. */
export function listOf(items: string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`
}

export const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join("\n")
