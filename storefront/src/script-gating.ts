let granted: string[] | null = null
let observer: MutationObserver | undefined

/**
 * Runs each waiting `<script type="text/plain" data-privacy-category>` of a
 * granted category once, by putting a real script element in its place.
 */
function runGranted() {
  document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-privacy-category]').forEach((waiting) => {
    if (!granted!.includes(waiting.dataset.privacyCategory!)) return
    const script = document.createElement("script")
    for (const { name, value } of waiting.attributes) {
      if (!/^(type|data-privacy-category|data-type)$/.test(name)) script.setAttribute(name, value)
    }
    if (waiting.dataset.type) script.type = waiting.dataset.type
    // Scripts created by code are async by default; keep the page's order unless it asked for async.
    if (!waiting.hasAttribute("async")) script.async = false
    script.text = waiting.text
    waiting.replaceWith(script)
  })
}

export function gateScripts(categories: string[]) {
  granted = categories
  runGranted()
  if (!observer) {
    observer = new MutationObserver(runGranted)
    observer.observe(document.documentElement, { childList: true, subtree: true })
  }
}
