import type { CookieCategory, CookieDeclaration, CookieItem } from "./types"

type Texts = CookieDeclaration["texts"]

export const escapeHtml = (value: unknown) => String(value ?? "").replace(/[&<>"]/g, (c) => "&#" + c.charCodeAt(0) + ";")

/** The texts' keys are the actions' names, so a button is its action and nothing more. */
const actions = (texts: Texts, names: string[]) =>
  `<div class=actions>${names.map((name) => `<button type=button data-action=${name}>${escapeHtml(texts[name])}</button>`).join("")}</div><p class=error role=alert></p>`

const intro = (texts: Texts, noticeUrl: string | null) =>
  `<p id=text>${escapeHtml(texts.description)}${noticeUrl ? ` <a href="${escapeHtml(noticeUrl)}">${escapeHtml(texts.notice_link)}</a>` : ""}</p>`

const box = (d: CookieDeclaration, kind: string, body: string) =>
  `<div class="box ${kind}" role=dialog${kind == "settings" ? " aria-modal=true" : ""} aria-labelledby=title aria-describedby=text tabindex=-1 lang="${escapeHtml(d.language)}">${body}</div>`

/** First layer: three choices of equal weight, as consent must be as easy to refuse as to give. */
export const bannerHtml = (d: CookieDeclaration, noticeUrl: string | null) =>
  box(d, "banner", `<h2 id=title>${escapeHtml(d.texts.title)}</h2>${intro(d.texts, noticeUrl)}${actions(d.texts, ["accept_all", "reject_all", "choose"])}`)

const itemRow = (item: CookieItem, texts: Texts) =>
  `<tr>${[item.name, item.provider ? item.provider.name : texts.first_party, item.purpose, item.lifetime || texts.session].map((cell) => `<td>${escapeHtml(cell)}`).join("")}`

const itemTable = (items: CookieItem[], texts: Texts) =>
  items.length
    ? `<div class=items><table><thead><tr>${["name", "provider", "purpose", "lifetime"].map((key) => `<th>${escapeHtml(texts[key])}`).join("")}<tbody>${items.map((item) => itemRow(item, texts)).join("")}</table></div>`
    : ""

/** Nothing is ticked in advance but what the visitor already granted (CJEU C-673/17 Planet49). */
const categorySection = (category: CookieCategory, granted: string[], texts: Texts) => {
  const id = escapeHtml(category.id)
  const on = category.required || granted.includes(category.id)
  return `<section><div class=switch><input type=checkbox role=switch id="c-${id}" value="${id}" aria-describedby="d-${id}"${on ? " checked" : ""}${category.required ? " disabled" : ""}><label for="c-${id}">${escapeHtml(category.title)}</label>${category.required ? `<span>${escapeHtml(texts.always_on)}</span>` : ""}</div><p id="d-${id}">${escapeHtml(category.description)}</p>${itemTable(category.items, texts)}</section>`
}

/** Second layer: one switch per category with its items; closable only once a choice exists. */
export const settingsHtml = (d: CookieDeclaration, granted: string[], closable: boolean, noticeUrl: string | null) =>
  `<div class=backdrop></div>` +
  box(
    d,
    "settings",
    `<div class=head><h2 id=title>${escapeHtml(d.texts.settings)}</h2>${closable ? `<button type=button class=close data-action=close aria-label="${escapeHtml(d.texts.close)}">&times;</button>` : ""}</div>${intro(d.texts, noticeUrl)}${d.categories.map((category) => categorySection(category, granted, d.texts)).join("")}${actions(d.texts, ["save", "accept_all", "reject_all"])}`
  )

export const floatingHtml = (texts: Texts) => `<button type=button class=floating data-action=choose>${escapeHtml(texts.settings)}</button>`
