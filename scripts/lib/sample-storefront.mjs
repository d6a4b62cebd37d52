import { readFileSync } from "node:fs"
import http from "node:http"
import { storefrontBundle } from "../build-storefront.mjs"

/** The page's own words; the banner's come from the store's cookie declaration. */
const PAGES = {
  nb: {
    tagline: "Håndlagde krus fra Nord-Norge.",
    lines: ["Hvert krus er dreid og glassert for hånd i verkstedet vårt i Tromsø.", "Fri frakt i Norge over 800 kr."],
    settings: "Innstillinger for informasjonskapsler",
    notice: "Personvernerklæring",
  },
  fi: {
    tagline: "Käsintehtyjä mukeja Pohjois-Norjasta.",
    lines: ["Jokainen muki dreijataan ja lasitetaan käsin Tromssan pajassamme.", "Ilmainen toimitus yli 80 euron tilauksiin."],
    settings: "Evästeasetukset",
    notice: "Tietosuojaseloste",
  },
  sv: {
    tagline: "Handgjorda muggar från Nordnorge.",
    lines: ["Varje mugg drejas och glaseras för hand i vår verkstad i Tromsø.", "Fri frakt över 800 kr."],
    settings: "Inställningar för kakor",
    notice: "Integritetspolicy",
  },
  en: {
    tagline: "Handmade mugs from Northern Norway.",
    lines: ["Every mug is thrown and glazed by hand in our workshop in Tromsø.", "Free shipping on orders over €80."],
    settings: "Cookie settings",
    notice: "Privacy notice",
  },
}

const escapeHtml = (value) => String(value).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

function page({ lang, backendUrl, publishableKey }) {
  const text = PAGES[lang]
  const languages = Object.keys(PAGES)
    .map((code) => (code === lang ? `<b>${code}</b>` : `<a href="/?lang=${code}" hreflang="${code}">${code}</a>`))
    .join(" · ")
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Finmug</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:40rem;margin:0 auto;padding:2rem 1rem 12rem;color:#222}a{color:#0b57a4}footer{margin-top:3rem;border-top:1px solid #ccc;padding-top:1rem}</style>
<script>
  // Google's tag would define these; a stub makes the Consent Mode signals visible in the demo.
  window.dataLayer = window.dataLayer || []
  function gtag() { dataLayer.push(arguments) }
</script>
<script type="module">
  import { openCookieSettings } from "/storefront/index.mjs"
  document.getElementById("cookie-settings").addEventListener("click", (event) => {
    event.preventDefault()
    openCookieSettings()
  })
</script>
</head>
<body>
<header><h1>Finmug</h1><p>${escapeHtml(text.tagline)}</p><nav>${languages}</nav></header>
<main>${text.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</main>
<footer><a href="#cookie-settings" id="cookie-settings">${escapeHtml(text.settings)}</a> · <a href="/privacy?lang=${lang}">${escapeHtml(text.notice)}</a></footer>
<privacy-cookie-banner backend-url="${escapeHtml(backendUrl)}" publishable-key="${escapeHtml(publishableKey)}" lang="${lang}" notice-url="/privacy?lang=${lang}" floating-link></privacy-cookie-banner>
<script type="text/plain" data-privacy-category="statistics">
  window.__statisticsRan = true
  document.cookie = "_finmug_stats=1; path=/; max-age=31536000; SameSite=Lax"
</script>
</body>
</html>
`
}

/**
 * The demo's storefront: one shop page with the cookie banner, the built
 * module, and the store's privacy notice (fetched with the publishable key,
 * which a plain link cannot send).
 */
export function startSampleStorefront({ port, backendUrl, publishableKey }) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    const lang = PAGES[url.searchParams.get("lang")] ? url.searchParams.get("lang") : "nb"
    try {
      if (url.pathname === "/") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        return response.end(page({ lang, backendUrl, publishableKey: publishableKey ?? "" }))
      }
      if (url.pathname === "/storefront/index.mjs") {
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" })
        return response.end(readFileSync(storefrontBundle))
      }
      if (url.pathname === "/privacy") {
        const notice = await fetch(`${backendUrl}/store/privacy/notice?format=html&lang=${lang}`, {
          headers: { "x-publishable-api-key": publishableKey ?? "" },
        })
        response.writeHead(notice.status, { "content-type": notice.headers.get("content-type") ?? "text/html" })
        return response.end(await notice.text())
      }
      response.writeHead(404, { "content-type": "text/plain" })
      response.end("Not found")
    } catch {
      response.writeHead(502, { "content-type": "text/plain" })
      response.end("The store did not answer")
    }
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(Number(port), () =>
      resolve({
        url: `http://localhost:${port}`,
        stop: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    )
  })
}
