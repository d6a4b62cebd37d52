/**
 * The language tags of an Accept-Language header, most preferred first
 * (`nb-NO,nb;q=0.9,en;q=0.5` → nb-NO, nb, en).
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) {
    return []
  }
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter(({ tag, q }) => tag && tag !== "*" && q > 0 && !Number.isNaN(q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag)
}
