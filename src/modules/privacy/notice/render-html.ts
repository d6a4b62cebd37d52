import { escapeHtml } from "../lib/escape-html"
import type { NoticeSection, PrivacyNotice } from "./build-notice"
import { textsFor } from "./texts"

/** Web addresses (http and https only: never `javascript:`) and e-mail addresses inside a text. */
const LINKABLE = /(https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?])|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g

/**
 * A text as HTML: escaped, with every web and e-mail address made a link.
 * The text is split first and each part escaped on its own, so an escaped
 * character can never become part of a link.
 */
export function linkedText(text: string): string {
  let html = ""
  let last = 0
  for (const match of text.matchAll(LINKABLE)) {
    const [found, url, email] = match
    html += escapeHtml(text.slice(last, match.index))
    const href = url ? url : `mailto:${email}`
    html += `<a href="${escapeHtml(href)}">${escapeHtml(found)}</a>`
    last = match.index! + found.length
  }
  return html + escapeHtml(text.slice(last))
}

/** A list as HTML; a list of one is a paragraph. */
function list(items: readonly string[]): string {
  if (items.length === 1) {
    return `<p>${linkedText(items[0])}</p>`
  }
  return `<ul>${items.map((item) => `<li>${linkedText(item)}</li>`).join("")}</ul>`
}

/**
 * One section of the notice, with its heading at `level` (h2 on the notice's
 * own page, h3 inside an export's summary, whose ids get a prefix). Every
 * text is escaped: a controller name with `<script>` shows as text.
 */
export function renderNoticeSection(section: NoticeSection, { level = 2, idPrefix = "" } = {}): string {
  const h = (n: number, text: string) => `<h${n}>${escapeHtml(text)}</h${n}>`
  const parts = [`<section id="${escapeHtml(idPrefix + section.id)}">`, h(level, section.heading)]
  for (const paragraph of section.paragraphs) {
    parts.push(`<p>${linkedText(paragraph)}</p>`)
  }
  if (section.fields?.length) {
    parts.push(`<dl>${section.fields.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${linkedText(field.value)}</dd>`).join("")}</dl>`)
  }
  if (section.items?.length) {
    parts.push(list(section.items))
  }
  if (section.table) {
    const cells = (tag: string, row: string[]) => row.map((cell) => `<${tag}>${linkedText(cell)}</${tag}>`).join("")
    parts.push(
      `<table><thead><tr>${section.table.headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join("")}</tr></thead>` +
        `<tbody>${section.table.rows.map((row) => `<tr>${cells("td", row)}</tr>`).join("")}</tbody></table>`
    )
  }
  for (const group of section.groups ?? []) {
    parts.push(h(level + 1, group.heading))
    for (const { intro, items } of group.lists) {
      parts.push(`<p>${linkedText(intro)}</p>`, list(items))
    }
  }
  for (const note of section.notes ?? []) {
    parts.push(`<p>${linkedText(note)}</p>`)
  }
  parts.push("</section>")
  return parts.join("\n")
}

/** "Version 1a2b… · Last updated 1 December 2026", in the notice's language. */
export function renderNoticeFooter(notice: PrivacyNotice, lastUpdated?: Date): string {
  const { labels } = textsFor(notice.language)!
  // Bare English reads as European English in an EU notice: "1 December 2026", not "December 1, 2026".
  const locale = notice.language === "en" ? "en-GB" : notice.language
  const date = lastUpdated
    ? ` · ${escapeHtml(labels.lastUpdated)}: <time datetime="${lastUpdated.toISOString().slice(0, 10)}">${escapeHtml(
        lastUpdated.toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" })
      )}</time>`
    : ""
  return `<p>${escapeHtml(labels.version)}: <code>${escapeHtml(notice.version)}</code>${date}</p>`
}

/** A self-contained HTML page of the notice. */
export function renderNoticeHtml(notice: PrivacyNotice, { lastUpdated }: { lastUpdated?: Date } = {}): string {
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
h1{font-size:1.8rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin-top:1.25rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.9rem;display:block;overflow-x:auto}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d1d9e0}
footer{margin-top:3rem;font-size:.8rem;color:#59636e}
</style>
</head>
<body>
<main>
<h1>${e(notice.title)}</h1>
${notice.sections.map((section) => renderNoticeSection(section)).join("\n")}
</main>
<footer>${renderNoticeFooter(notice, lastUpdated)}</footer>
</body>
</html>
`
}
