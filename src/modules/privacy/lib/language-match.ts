/** Norwegian readers of "no" (macrolanguage) and "nn" (Nynorsk) get Bokmål rather than a foreign language. */
const BASE_ALIASES: Record<string, string> = { no: "nb", nn: "nb" }

function base(tag: string): string {
  const primary = tag.toLowerCase().split("-")[0]
  return BASE_ALIASES[primary] ?? primary
}

/**
 * The available language that serves a requested tag: the same tag (any
 * case), else one with the same base language in either direction, so `nb`
 * finds a configured `nb-NO` and `sv-FI` finds `sv`.
 */
export function matchLanguage(available: readonly string[], requested: string): string | undefined {
  const wanted = requested.trim().toLowerCase()
  if (!wanted) {
    return undefined
  }
  return (
    available.find((language) => language.toLowerCase() === wanted) ??
    available.find((language) => base(language) === base(wanted))
  )
}
