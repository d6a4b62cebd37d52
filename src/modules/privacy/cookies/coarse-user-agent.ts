/**
 * A user agent reduced to what a consent record needs to show the choice came
 * from a browser (name, major version, system), not enough to single one out.
 */
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/(?:OPR|Opera)\/(\d+)/, "Opera"],
  [/SamsungBrowser\/(\d+)/, "Samsung Internet"],
  [/(?:Firefox|FxiOS)\/(\d+)/, "Firefox"],
  [/(?:Chrome|CriOS|Chromium)\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
]

const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
]

export function coarseUserAgent(userAgent: string | undefined | null): string | null {
  if (!userAgent) {
    return null
  }
  const browser = BROWSERS.map(([pattern, name]) => [userAgent.match(pattern), name] as const).find(([match]) => match)
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1]
  const named = browser ? `${browser[1]} ${browser[0]![1]}` : "other browser"
  return system ? `${named} (${system})` : named
}
