import { createContext, useContext } from "react"

const STYLE_ID = "page-styles"
const PageStylesContext = createContext<string | null>(null)

/** entry.server gives the server render the CSS (lib/page-styles.server.ts). */
export const PageStylesProvider = PageStylesContext.Provider

let fromDocument: string | undefined

/**
 * The shop's CSS in a <style> in the head instead of a stylesheet link: a linked
 * stylesheet blocks the first paint for one more round trip (10 KB gzip, one file for
 * every page), which costs a phone on a slow network more than the bytes do
 * (docs/speed.md). The browser renders the same text it was sent, so hydration
 * matches and the CSS never travels in JavaScript.
 */
export function PageStyles() {
  const css = useContext(PageStylesContext) ?? (fromDocument ??= readFromDocument())
  return <style id={STYLE_ID} dangerouslySetInnerHTML={{ __html: css }} />
}

function readFromDocument(): string {
  return typeof document === "undefined" ? "" : (document.getElementById(STYLE_ID)?.textContent ?? "")
}
