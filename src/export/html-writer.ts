import { escapeHtml as e } from "../modules/privacy/lib/escape-html"
import type { PrivacyNotice } from "../modules/privacy/notice/build-notice"
import { renderNoticeFooter, renderNoticeSection } from "../modules/privacy/notice/render-html"
import { FileWriter } from "./file-writer"
import type { ExportTexts, SectionKey } from "./texts"

/**
 * index.html: the readable summary in the customer's language. Every value
 * is escaped, whatever a customer or an option put in it.
 */
export class HtmlWriter {
  private readonly file: FileWriter
  private section?: SectionKey
  private sectionOpen = false
  private table?: string
  private tableShown?: string

  constructor(
    path: string,
    private readonly texts: ExportTexts
  ) {
    this.file = new FileWriter(path)
  }

  async begin({ shop, date, notice, lastUpdated }: { shop: string; date: string; notice: PrivacyNotice; lastUpdated?: Date }): Promise<void> {
    const t = this.texts
    await this.file.write(`<!doctype html>
<html lang="${e(notice.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title(shop))}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem;margin-top:1.5rem}h4{font-size:.95rem;margin-top:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.25rem 0}dt{font-weight:600;color:#59636e}dd{margin:0;overflow-wrap:anywhere}
article{border:1px solid #d0d7de;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0}ol{padding-left:1.2rem}
</style>
</head>
<body>
<main>
<h1>${e(t.title(shop))}</h1>
<p>${e(t.intro(shop, date))}</p>
<h2>${e(t.files)}</h2>
<ul><li>${e(t.fileList.data)}</li><li>${e(t.fileList.csv)}</li><li>${e(t.fileList.html)}</li></ul>
<h2>${e(t.information)}</h2>
${notice.sections.map((section) => renderNoticeSection(section, { level: 3, idPrefix: "notice-" })).join("\n")}
${renderNoticeFooter(notice, lastUpdated)}
<h1>${e(t.dataHeading)}</h1>
`)
  }

  /** The next table's rows; its section and heading are written with its first row, so empty tables take no room. */
  async openTable(section: SectionKey, table: string): Promise<void> {
    if (section !== this.section) {
      await this.closeSection()
      this.section = section
    }
    this.table = table
  }

  async record(record: unknown): Promise<void> {
    if (!this.sectionOpen) {
      this.sectionOpen = true
      this.tableShown = undefined
      await this.file.write(`<section id="${e(this.section!)}"><h2>${e(this.texts.sections[this.section!])}</h2>\n`)
    }
    if (this.tableShown !== this.table) {
      this.tableShown = this.table
      await this.file.write(`<h3 id="${e(this.table!)}">${e(this.table!)} <small>(csv/${e(this.table!)}.csv)</small></h3>\n`)
    }
    await this.file.write(`<article>${this.value(record)}</article>\n`)
  }

  private async closeSection(): Promise<void> {
    if (this.sectionOpen) {
      await this.file.write("</section>\n")
    }
    this.sectionOpen = false
  }

  async end(): Promise<void> {
    await this.closeSection()
    await this.file.write("</main>\n</body>\n</html>\n")
    await this.file.close()
  }

  private value(value: unknown): string {
    if (value === null || value === undefined || value === "") {
      return "–"
    }
    if (value instanceof Date) {
      return e(value.toISOString())
    }
    if (Array.isArray(value)) {
      if (!value.length) {
        return e(this.texts.empty)
      }
      return value.every((item) => item === null || typeof item !== "object")
        ? e(value.join(", "))
        : `<ol>${value.map((item) => `<li>${this.value(item)}</li>`).join("")}</ol>`
    }
    if (typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>)
      if (!entries.length) {
        return "–"
      }
      return `<dl>${entries
        .map(([key, inner]) => `<dt>${e(this.label(key))}</dt><dd>${this.value(inner)}</dd>`)
        .join("")}</dl>`
    }
    return e(String(value))
  }

  /** Own labels only: a metadata key such as "constructor" must not reach Object.prototype. */
  private label(key: string): string {
    return Object.prototype.hasOwnProperty.call(this.texts.fields, key) ? this.texts.fields[key] : key
  }

  /** Closes the file after a failed build, so the temporary folder can be removed. */
  abort(): void {
    this.file.abort()
  }
}
