import type { CookieCategory } from "./types"

const matcher = (name: string) => RegExp("^" + name.split("*").map((part) => part.replace(/\W/g, "\\$&")).join(".*") + "$")

/** A cookie may have been set for the host or any parent domain; deleting on each is the only way to reach it. */
function deleteCookie(name: string) {
  const labels = location.hostname.split(".")
  for (let i = 0; i <= labels.length; i++) {
    const domain = i < labels.length ? ";domain=" + labels.slice(i).join(".") : ""
    document.cookie = name + "=;path=/;max-age=0" + domain
  }
}

/**
 * Deletes the declared cookies and storage items of every category not
 * granted that live on the shop's own site (a provider's tag such as `_ga`
 * sets them there too); cookies of other sites are out of the page's reach.
 */
export function removeRefused(categories: CookieCategory[], granted: string[]) {
  const cookieNames = document.cookie.split(";").map((pair) => pair.split("=")[0].trim())
  for (const category of categories) {
    if (granted.includes(category.id)) continue
    for (const item of category.items) {
      const matches = matcher(item.name)
      try {
        if (item.kind == "cookie") cookieNames.filter((name) => matches.test(name)).forEach(deleteCookie)
        else if (item.kind != "pixel") {
          const storage = window[item.kind]
          Object.keys(storage).filter((key) => matches.test(key)).forEach((key) => storage.removeItem(key))
        }
      } catch {
        // Storage can be blocked by the browser; then there is nothing stored to remove either.
      }
    }
  }
}
