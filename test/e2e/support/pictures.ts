// Product pictures a producer uploads in a test: real PNG files (a content check reads
// their bytes), large enough to be seen in the screenshots.
import { crc32, deflateSync } from "node:zlib"

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

/** A width×height PNG: a colour with a diagonal band of a second colour, so pictures differ at a glance. */
export function picturePng(width: number, height: number, colour: [number, number, number], band: [number, number, number]) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const inBand = Math.abs(x - y * (width / height)) < width / 8
      const [r, g, b] = inBand ? band : colour
      rows.set([r, g, b], row + 1 + x * 3)
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))])
}

export const picture = (name: string, colour: [number, number, number], band: [number, number, number]) => ({
  name,
  mimeType: "image/png",
  buffer: picturePng(480, 360, colour, band),
})
