import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { demoStore } from "./helpers/demo"

jest.setTimeout(300_000)

type Texts = Record<string, string>
type Declaration = { revision: string; categories: { id: string; title: string }[]; texts: Texts }

/** What the sample shop page says itself (Norwegian), beside the banner's texts from the store. */
const PAGE_SETTINGS_LINK = "Innstillinger for informasjonskapsler"

/** The cookie banner on the demo's sample storefront, as a first-time visitor meets it. */
describe("The cookie banner", () => {
  let browser: Browser
  let declaration: Declaration
  let texts: Texts
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    const demo = demoStore()
    browser = await chromium.launch({ executablePath: demo.chromiumPath, headless: true, args: demo.chromiumArgs })
    const response = await fetch(`${demo.url}/store/privacy/cookies?lang=nb`, { headers: { "x-publishable-api-key": demo.publishableKey } })
    expect(response.status).toBe(200)
    declaration = await response.json()
    texts = declaration.texts
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
  })
  afterEach(async () => {
    await context?.close()
  })

  /** A test whose page is kept as a screenshot when it fails. */
  const it = (name: string, steps: () => Promise<void>) =>
    global.it(name, async () => {
      try {
        await steps()
      } catch (error) {
        await screenshot(page, `cookie-banner-failed-${slug(name)}`)
        throw error
      }
    })

  const banner = () => page.getByRole("dialog", { name: texts.title })
  const settings = () => page.getByRole("dialog", { name: texts.settings })
  const button = (name: string) => page.getByRole("button", { name, exact: true })

  async function visit() {
    await page.goto(demoStore().storefrontUrl)
  }

  /** Clicks a choice and hands back the store's answer to it. */
  async function choose(within: () => ReturnType<Page["getByRole"]>, name: string) {
    const answered = page.waitForResponse((r) => r.url().includes("/store/privacy/cookie-consents") && r.request().method() === "POST")
    await within().getByRole("button", { name, exact: true }).click()
    const response = await answered
    return { status: response.status(), body: await response.json() }
  }

  it("a first visit shows the banner with three choices of equal size and style", async () => {
    await visit()
    await banner().waitFor()
    const choices = [texts.accept_all, texts.reject_all, texts.choose].map((name) => banner().getByRole("button", { name, exact: true }))
    const boxes = await Promise.all(choices.map((choice) => choice.boundingBox()))
    for (const box of boxes) {
      expect(Math.abs(box!.width - boxes[0]!.width)).toBeLessThan(1)
      expect(box!.height).toBe(boxes[0]!.height)
      expect(box!.y).toBe(boxes[0]!.y)
    }
    const styles = await Promise.all(
      choices.map((choice) =>
        choice.evaluate((element) => {
          const style = getComputedStyle(element)
          return [style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderWidth, style.borderColor].join(" ")
        })
      )
    )
    expect(new Set(styles).size).toBe(1)
    // The page behind does not move or lose its scroll bar.
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe("visible")
    await screenshot(page, "cookie-banner-first-visit")

    // The notice link leads to the store's privacy notice, served beside the shop page.
    const noticeHref = await banner().getByRole("link", { name: texts.notice_link }).getAttribute("href")
    const notice = await fetch(new URL(noticeHref!, demoStore().storefrontUrl))
    expect(notice.status).toBe(200)
    expect(notice.headers.get("content-type")).toContain("text/html")

    await button(texts.choose).click()
    await settings().waitFor()
    expect(await settings().getAttribute("aria-modal")).toBe("true")
    const necessary = settings().getByRole("switch", { name: declaration.categories[0].title })
    expect(await necessary.isChecked()).toBe(true)
    expect(await necessary.isDisabled()).toBe(true)
    for (const category of declaration.categories.slice(1)) {
      expect(await settings().getByRole("switch", { name: category.title }).isChecked()).toBe(false)
    }
    await settings().getByText(texts.always_on).waitFor()
    await screenshot(page, "cookie-banner-settings")
  })

  it("speaks the page's language", async () => {
    const demo = demoStore()
    const finnish = await fetch(`${demo.url}/store/privacy/cookies?lang=fi`, { headers: { "x-publishable-api-key": demo.publishableKey } })
    const { texts: fi, language } = await finnish.json()
    expect(language).toBe("fi")
    await page.goto(`${demo.storefrontUrl}/?lang=fi`)
    await page.getByRole("dialog", { name: fi.title }).getByRole("button", { name: fi.reject_all, exact: true }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fi")
  })

  it("Reject all is recorded, and the statistics script stays off after a reload", async () => {
    await visit()
    const { status, body } = await choose(banner, texts.reject_all)
    expect(status).toBe(201)
    expect(body.cookie_consent).toMatchObject({ action: "reject_all", categories: ["necessary"], revision: declaration.revision, language: "nb" })
    expect(body.cookie_consent.consent_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    await banner().waitFor({ state: "detached" })
    const recorded = await recordedChoices(body.cookie_consent.consent_id)
    expect(recorded).toEqual([expect.objectContaining({ id: body.cookie_consent.id, action: "reject_all", categories: ["necessary"], refused: ["statistics"] })])

    await page.reload()
    await button(texts.settings).waitFor()
    expect(await banner().count()).toBe(0)
    expect(await page.evaluate(() => (window as { __statisticsRan?: boolean }).__statisticsRan)).toBeUndefined()
    expect(await consentUpdates(page)).toContainEqual(expect.objectContaining({ analytics_storage: "denied", ad_storage: "denied" }))
    await screenshot(page, "cookie-banner-rejected")
  })

  it("Accept all runs the statistics script and tells Google's Consent Mode", async () => {
    await visit()
    const { status, body } = await choose(banner, texts.accept_all)
    expect(status).toBe(201)
    expect(body.cookie_consent.action).toBe("accept_all")
    expect(body.cookie_consent.categories).toEqual(expect.arrayContaining(declaration.categories.map((c) => c.id)))
    await page.waitForFunction(() => (window as { __statisticsRan?: boolean }).__statisticsRan === true)
    const defaults = await page.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((entry) => Array.from(entry)))
    expect(defaults[0]).toEqual(["consent", "default", expect.objectContaining({ analytics_storage: "denied", ad_user_data: "denied", security_storage: "granted" })])
    expect(await consentUpdates(page)).toContainEqual(expect.objectContaining({ analytics_storage: "granted" }))
    expect(await cookieNames(context)).toEqual(expect.arrayContaining(["privacy_consent", "_finmug_stats"]))

    await page.reload()
    await page.waitForFunction(() => (window as { __statisticsRan?: boolean }).__statisticsRan === true)
    expect(await banner().count()).toBe(0)
    await screenshot(page, "cookie-banner-accepted")
  })

  it("a new revision of the declaration asks again", async () => {
    await visit()
    await choose(banner, texts.accept_all)
    await page.evaluate(() => {
      const stored = document.cookie.split("; ").find((pair) => pair.startsWith("privacy_consent="))!
      const fields = decodeURIComponent(stored.slice("privacy_consent=".length)).split("|")
      fields[1] = "an-earlier-revision"
      document.cookie = `privacy_consent=${encodeURIComponent(fields.join("|"))}; path=/`
    })
    await page.reload()
    await banner().waitFor()
    expect(await page.evaluate(() => (window as { __statisticsRan?: boolean }).__statisticsRan)).toBeUndefined()
    await screenshot(page, "cookie-banner-new-revision")
  })

  it("statistics can be withdrawn from the settings: its cookie is deleted", async () => {
    await visit()
    await choose(banner, texts.accept_all)
    await page.waitForFunction(() => document.cookie.includes("_finmug_stats="))

    await page.getByRole("link", { name: PAGE_SETTINGS_LINK }).click()
    await settings().waitFor()
    const statistics = settings().getByRole("switch", { name: title("statistics") })
    expect(await statistics.isChecked()).toBe(true)
    await statistics.uncheck()
    const { status, body } = await choose(settings, texts.save)
    expect(status).toBe(201)
    expect(body.cookie_consent.action).toBe("custom")
    expect(body.cookie_consent.categories).not.toContain("statistics")

    expect(await cookieNames(context)).not.toContain("_finmug_stats")
    // A string, so that the test's own module transform leaves the page's import alone.
    const stored = await page.evaluate<{ categories: string[] }>('import("/storefront/index.mjs").then((module) => module.getCookieConsent())')
    expect(stored.categories).toContain("necessary")
    expect(stored.categories).not.toContain("statistics")
    await screenshot(page, "cookie-banner-withdrawn")
  })

  it("works with the keyboard alone, keeping focus inside the settings", async () => {
    await visit()
    await banner().waitFor()
    expect(await focused(page)).toMatchObject({ inBanner: true })
    const reached: string[] = []
    for (let i = 0; i < 6 && reached.at(-1) !== texts.choose; i++) {
      await page.keyboard.press("Tab")
      reached.push((await focused(page)).label)
    }
    expect(reached.filter((label) => [texts.accept_all, texts.reject_all, texts.choose].includes(label))).toEqual([
      texts.accept_all,
      texts.reject_all,
      texts.choose,
    ])
    await page.keyboard.press("Enter")
    await settings().waitFor()
    expect((await focused(page)).inSettings).toBe(true)

    for (let i = 0; i < 10 && (await focused(page)).label !== title("statistics"); i++) {
      await page.keyboard.press("Tab")
    }
    expect((await focused(page)).label).toBe(title("statistics"))
    await page.keyboard.press("Space")
    expect(await settings().getByRole("switch", { name: title("statistics") }).isChecked()).toBe(true)

    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(i % 4 == 3 ? "Shift+Tab" : "Tab")
      expect((await focused(page)).inSettings).toBe(true)
    }
    // A first visit has to choose: Escape does not close the settings.
    await page.keyboard.press("Escape")
    expect(await settings().isVisible()).toBe(true)
    await screenshot(page, "cookie-banner-keyboard")

    for (let i = 0; i < 20 && (await focused(page)).label !== texts.save; i++) {
      await page.keyboard.press("Tab")
    }
    const answered = page.waitForResponse((r) => r.url().includes("/store/privacy/cookie-consents"))
    await page.keyboard.press("Enter")
    const saved = await (await answered).json()
    expect(saved.cookie_consent.categories).toEqual(["necessary", "statistics"])
    await settings().waitFor({ state: "detached" })

    const link = page.getByRole("link", { name: PAGE_SETTINGS_LINK })
    await link.focus()
    await page.keyboard.press("Enter")
    await settings().waitFor()
    expect((await focused(page)).inSettings).toBe(true)
    await page.keyboard.press("Escape")
    await settings().waitFor({ state: "detached" })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cookie-settings")
  })

  function title(id: string) {
    const category = declaration.categories.find((c) => c.id === id)
    if (!category) {
      throw new Error(`the demo's cookie declaration has no "${id}" category`)
    }
    return category.title
  }
})

/** Where the keyboard is: inside the banner's shadow root, and the focused control's accessible text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.querySelector("privacy-cookie-banner")?.shadowRoot?.activeElement as HTMLElement | null | undefined
    const label = active ? (active.matches("input") ? (active as HTMLInputElement).labels?.[0]?.textContent : active.textContent) : null
    return {
      inBanner: !!active?.closest(".banner"),
      inSettings: !!active?.closest(".settings"),
      label: (label ?? document.activeElement?.textContent ?? "").trim(),
    }
  })
}

/** The store's proof of one browser's choices, as that browser may read it back. */
async function recordedChoices(consentId: string) {
  const demo = demoStore()
  const response = await fetch(`${demo.url}/store/privacy/cookie-consents/${consentId}`, { headers: { "x-publishable-api-key": demo.publishableKey } })
  expect(response.status).toBe(200)
  return (await response.json()).cookie_consents
}

async function consentUpdates(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { dataLayer: IArguments[] }).dataLayer
      .map((entry) => Array.from(entry))
      .filter(([command, kind]) => command === "consent" && kind === "update")
      .map(([, , state]) => state)
  )
}

async function cookieNames(context: BrowserContext) {
  return (await context.cookies()).map((cookie) => cookie.name)
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(demoStore().artifactsDir, `${name}.png`), animations: "disabled" }).catch(() => {})
}

function slug(text: string) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80)
}
