import { isEan } from "./ean"

/** Reads EAN codes from a playing camera video until stopped. */
export type BarcodeReader = { stop: () => void }

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> }
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> }

const FORMATS = ["ean_13", "ean_8"]

/**
 * Starts reading barcodes from `video` (already showing `stream`) and calls `onCode`
 * with each valid EAN. The browser's own BarcodeDetector where it has one that reads
 * EAN (Chrome on Android, Safari 17+), else ZXing, downloaded only then (it is the
 * bigger part of the console's scanning code).
 */
export async function startReading(video: HTMLVideoElement, stream: MediaStream, onCode: (code: string) => void): Promise<BarcodeReader> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  const supported = Native ? await Native.getSupportedFormats?.().catch(() => [] as string[]) : []
  if (Native && supported?.some((f) => FORMATS.includes(f))) {
    const detector = new Native({ formats: FORMATS.filter((f) => supported.includes(f)) })
    let running = true
    const frame = async () => {
      if (!running) return
      if (video.readyState >= 2) {
        const found = await detector.detect(video).catch(() => [])
        const code = found.map((b) => b.rawValue).find(isEan)
        if (code && running) onCode(code)
      }
      if (running) requestAnimationFrame(() => void frame())
    }
    requestAnimationFrame(() => void frame())
    return { stop: () => void (running = false) }
  }
  const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([import("@zxing/browser"), import("@zxing/library")])
  const hints = new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.EAN_8]]])
  const reader = new BrowserMultiFormatReader(hints)
  const controls = await reader.decodeFromStream(stream, video, (result) => {
    const code = result?.getText()
    if (code && isEan(code)) onCode(code)
  })
  return { stop: () => controls.stop() }
}
