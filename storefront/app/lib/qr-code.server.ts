import QRCode from "qrcode"

/** How many codes stay drawn: every listing's trace link, with room to spare. */
const KEPT = 1000

/** Draws one code as SVG; a seam so tests can count the drawings. */
export const qrDrawing = {
  draw: (url: string): Promise<string> =>
    QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1d2521", light: "#ffffff" } }),
}

// Least recently used first (a Map keeps insertion order). Bounded, because the
// origin in the URL comes from the request and anyone can vary it.
const drawn = new Map<string, Promise<string>>()

/**
 * The QR code of a URL as SVG markup, drawn once and then served from memory:
 * the same URL always encodes to the same code, and drawing it costs milliseconds
 * on every product and trace page.
 */
export function qrCodeSvg(url: string): Promise<string> {
  const kept = drawn.get(url)
  if (kept) {
    drawn.delete(url)
    drawn.set(url, kept)
    return kept
  }
  const svg = qrDrawing.draw(url)
  drawn.set(url, svg)
  // A failed drawing is not kept: the next request tries again.
  svg.catch(() => drawn.delete(url))
  if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value as string)
  return svg
}

/** Forgets every drawn code (tests start from an empty cache). */
export function forgetQrCodes() {
  drawn.clear()
}
