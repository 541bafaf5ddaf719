// A real Chromium (Debian's) driven by playwright-core, one per test file.
import { mkdir } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core"
import { expect, inject, onTestFailed } from "vitest"

const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "screenshots")

export const storefrontUrl = () => inject("storefrontUrl")
export const backendUrl = () => inject("backendUrl")

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

/**
 * A fresh browser profile (own cookies) on the storefront. Page errors and
 * console errors are collected so a test can assert there were none.
 */
export async function openShop(browser: Browser, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext({
    baseURL: storefrontUrl(),
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    ...options,
  })
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  page.on("console", (message) => {
    // A form answered with 400 on purpose shows up as a failed resource, not as a bug.
    // Debian's Chromium 156 sometimes puts an inline style on a form field before React hydrates
    // (seen on different inputs, intermittently, on CI): the server and client render the
    // same markup, so an extra `style` can only come from the browser, not from the shop.
    const text = message.text()
    const browserDecoration = /Extra attributes from the server: %s%s style\s/.test(text)
    if (message.type() === "error" && !/status of 400/.test(text) && !browserDecoration) errors.push(text)
  })
  // A failing test leaves a picture of where it stood.
  const testName = expect.getState().currentTestName ?? "test"
  onTestFailed(async () => {
    await screenshot(page, `failed-${testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80)}`).catch(() => undefined)
  })
  return { context, page, errors }
}

/**
 * Saves a full-page screenshot under test/e2e/screenshots/ to look at after the run;
 * `fullPage: false` keeps only the screen (what a phone shows, a sticky bar in its place).
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  await mkdir(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage })
}

/** Waits for the app to hydrate, so clicks reach React's handlers. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined)
  await page.waitForLoadState("networkidle")
}

/** Visible text with every kind of space as one plain space ("45.000 ₫" has a no-break space). */
export async function textOf(locator: { textContent(): Promise<string | null> }): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim()
}

/** The value shown for a term in a definition list (<dt>term</dt><dd>value</dd>). */
export async function factOf(scope: import("playwright-core").Locator, term: string): Promise<string> {
  return textOf(scope.locator("dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]"))
}
