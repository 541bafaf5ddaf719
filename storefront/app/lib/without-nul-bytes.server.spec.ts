import { PassThrough, Readable, type Writable } from "node:stream"
import { text } from "node:stream/consumers"
import { createElement } from "react"
import { renderToPipeableStream, renderToString } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { withoutNulBytes } from "./without-nul-bytes.server"

// A catalog's worth of Vietnamese names, as labels and as text: enough to cross many of
// React's 2 KB buffers with a multi-byte character at their end.
const words = "Cá thát lát rút xương tẩm gia vị Kỳ Như, Điểm giới thiệu sản phẩm OCOP Tân Châu "
const Page = () =>
  createElement(
    "ul",
    null,
    Array.from({ length: 400 }, (_, i) => createElement("li", { key: i, "aria-label": `Yêu thích: ${words}${i}` }, words + i))
  )

function streamed(through: () => Writable & NodeJS.ReadableStream) {
  return new Promise<string>((resolve, reject) => {
    const { pipe } = renderToPipeableStream(createElement(Page), {
      onAllReady() {
        const body = through()
        text(body).then(resolve, reject)
        pipe(body)
      },
      onError: reject,
    })
  })
}

describe("withoutNulBytes", () => {
  it("gives the page React renders, without the NUL bytes React 18's stream puts before some Vietnamese letters", async () => {
    const html = await streamed(withoutNulBytes)
    expect(html).not.toContain("\0")
    expect(html).toBe(renderToString(createElement(Page)))
  })

  it("is needed: the stream alone carries NUL bytes", async () => {
    expect(await streamed(() => new PassThrough())).toContain("\0")
  })

  it("keeps every other byte, also a character split between two chunks", async () => {
    const bytes = Buffer.from("Tân Ch\0âu", "utf8")
    const chunks = [bytes.subarray(0, 8), bytes.subarray(8)]
    expect(await text(Readable.from(chunks).pipe(withoutNulBytes()))).toBe("Tân Châu")
  })
})
