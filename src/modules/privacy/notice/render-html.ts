import { escapeHtml } from "../lib/escape-html"
import type { NoticeSection, PrivacyNotice } from "./build-notice"

/**
 * A self-contained HTML page of the notice. Every text, option values
 * included, is escaped: a controller name with `<script>` shows as text.
 */
export function renderNoticeHtml(notice: PrivacyNotice): string {
  const e = escapeHtml
  return `<!doctype html>
<html lang="${e(notice.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="privacy-notice-version" content="${e(notice.version)}">
<title>${e(notice.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.55;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.8rem}h2{font-size:1.15rem;margin-top:2rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
footer{margin-top:3rem;font-size:.8rem;color:#59636e}
</style>
</head>
<body>
<main>
<h1>${e(notice.title)}</h1>
${notice.sections.map(renderSection).join("\n")}
</main>
<footer>${e(notice.version)}</footer>
</body>
</html>
`
}

function renderSection(section: NoticeSection): string {
  const e = escapeHtml
  const parts = [`<section id="${e(section.id)}">`, `<h2>${e(section.heading)}</h2>`]
  for (const paragraph of section.paragraphs) {
    parts.push(`<p>${e(paragraph)}</p>`)
  }
  if (section.fields?.length) {
    parts.push(`<dl>${section.fields.map((field) => `<dt>${e(field.label)}</dt><dd>${e(field.value)}</dd>`).join("")}</dl>`)
  }
  if (section.items?.length) {
    parts.push(`<ul>${section.items.map((item) => `<li>${e(item)}</li>`).join("")}</ul>`)
  }
  for (const note of section.notes ?? []) {
    parts.push(`<p>${e(note)}</p>`)
  }
  parts.push("</section>")
  return parts.join("\n")
}
