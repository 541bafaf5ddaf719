// @vitest-environment happy-dom
import { renderToString } from "react-dom/server"
import { hydrateRoot } from "react-dom/client"
import { act } from "react"
import { describe, expect, it } from "vitest"
import { PageStyles, PageStylesProvider } from "./page-styles"

const css = ".site-header{background:#1f5d3a}a>b{color:red}"

describe("PageStyles", () => {
  it("writes the shop's CSS into the page itself, so no stylesheet request holds the first paint", () => {
    const html = renderToString(
      <PageStylesProvider value={css}>
        <PageStyles />
      </PageStylesProvider>
    )
    expect(html).toBe(`<style id="page-styles">${css}</style>`)
  })

  it("keeps the styles the page came with when the browser takes the page over", async () => {
    const host = document.createElement("div")
    host.innerHTML = renderToString(
      <PageStylesProvider value={css}>
        <PageStyles />
      </PageStylesProvider>
    )
    document.head.append(host)
    await act(async () => {
      hydrateRoot(host, <PageStyles />, { onRecoverableError: (error) => { throw error } })
    })
    expect(host.querySelector("style")?.textContent).toBe(css)
  })
})
