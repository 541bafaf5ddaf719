import QRCode from "qrcode"
import { crc32, deflateSync } from "node:zlib"
import { OG_CARD } from "./product-og"

/**
 * The picture a product's shared link shows when the product has no photo a chat
 * or a social network can display (SVG pictures, or none): the shop's green card
 * with "OCOP", the product's stars in gold and the QR code of its page. Drawn here,
 * pixel by pixel, into a PNG: no image library, no fonts, a few milliseconds.
 */
export function ogCardPng({ stars, url }: { stars: number; url: string }): Buffer {
  const { width, height } = OG_CARD
  const canvas = new Canvas(width, height, GREEN)
  canvas.rect(0, height - 24, width, 24, GOLD)
  canvas.text("OCOP", 80, 110, 20, CREAM)
  for (let i = 0; i < Math.min(Math.max(stars, 0), 5); i++) canvas.star(140 + i * 130, 400, 58, GOLD)
  // The QR code on a white square, with its quiet zone.
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" }).modules
  const box = 420
  const boxX = width - box - 80
  const boxY = (height - 24 - box) / 2
  canvas.rect(boxX, boxY, box, box, WHITE)
  const scale = Math.floor((box - 40) / qr.size)
  const offset = (box - scale * qr.size) / 2
  for (let r = 0; r < qr.size; r++)
    for (let c = 0; c < qr.size; c++)
      if (qr.get(r, c)) canvas.rect(boxX + offset + c * scale, boxY + offset + r * scale, scale, scale, INK)
  return canvas.png()
}

type Rgb = readonly [number, number, number]
const GREEN: Rgb = [0x1f, 0x5d, 0x3a]
const GOLD: Rgb = [0xf2, 0xb7, 0x05]
const CREAM: Rgb = [0xfa, 0xf7, 0xef]
const WHITE: Rgb = [0xff, 0xff, 0xff]
const INK: Rgb = [0x1d, 0x25, 0x21]

// 5×7 letters, enough for the word the card writes.
const GLYPHS: Record<string, string[]> = {
  O: [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
  C: [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
  P: ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
}

class Canvas {
  private pixels: Uint8Array
  constructor(
    private width: number,
    private height: number,
    background: Rgb
  ) {
    this.pixels = new Uint8Array(width * height * 3)
    this.rect(0, 0, width, height, background)
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb) {
    const x0 = Math.max(0, Math.round(x))
    const y0 = Math.max(0, Math.round(y))
    const x1 = Math.min(this.width, Math.round(x + w))
    const y1 = Math.min(this.height, Math.round(y + h))
    if (x1 <= x0 || y1 <= y0) return
    // One pixel written, then doubled along the row, then the row copied down.
    const start = (y0 * this.width + x0) * 3
    const rowBytes = (x1 - x0) * 3
    this.pixels.set(color, start)
    for (let filled = 3; filled < rowBytes; filled *= 2)
      this.pixels.copyWithin(start + filled, start, start + Math.min(filled, rowBytes - filled))
    for (let py = y0 + 1; py < y1; py++)
      this.pixels.copyWithin((py * this.width + x0) * 3, start, start + rowBytes)
  }

  text(word: string, x: number, y: number, scale: number, color: Rgb) {
    for (const [i, letter] of [...word].entries()) {
      const rows = GLYPHS[letter] ?? []
      rows.forEach((row, r) =>
        [...row].forEach((cell, c) => {
          if (cell === "#") this.rect(x + i * 6 * scale + c * scale, y + r * scale, scale, scale, color)
        })
      )
    }
  }

  /** A five-pointed star centred on (cx, cy), filled by testing each pixel of its box. */
  star(cx: number, cy: number, radius: number, color: Rgb) {
    const points = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 ? radius * 0.42 : radius
      const a = -Math.PI / 2 + (i * Math.PI) / 5
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const
    })
    for (let py = Math.floor(cy - radius); py <= cy + radius; py++)
      for (let px = Math.floor(cx - radius); px <= cx + radius; px++)
        if (inside(points, px + 0.5, py + 0.5)) this.rect(px, py, 1, 1, color)
  }

  png(): Buffer {
    // Each row starts with its filter byte (0: none).
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height)
    for (let y = 0; y < this.height; y++) {
      const start = y * (this.width * 3 + 1)
      raw[start] = 0
      raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), start + 1)
    }
    const header = Buffer.alloc(13)
    header.writeUInt32BE(this.width, 0)
    header.writeUInt32BE(this.height, 4)
    header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", Buffer.alloc(0)),
    ])
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

// Even-odd rule.
function inside(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let isIn = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn
  }
  return isIn
}
