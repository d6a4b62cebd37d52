import { escapeHtml } from "../lib/escape-html"

export type ConsentPage = {
  language: string
  title: string
  message: string
  /** A form that posts back to `action` with these fields, behind one button. */
  form?: { action: string; fields: Record<string, string>; button: string }
}

/**
 * The small pages behind links in e-mails: unsubscribe and double opt-in. No
 * script, no cookie, no third-party resource; every text escaped.
 */
export function renderConsentPage({ language, title, message, form }: ConsentPage): string {
  const e = escapeHtml
  const formHtml = form
    ? `<form method="post" action="${e(form.action)}">${Object.entries(form.fields)
        .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
        .join("")}<button type="submit">${e(form.button)}</button></form>`
    : ""
  return `<!doctype html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1f2328;color:#fff;cursor:pointer}
</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p>${e(message)}</p>
${formHtml}
</main>
</body>
</html>
`
}
