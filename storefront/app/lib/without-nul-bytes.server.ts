import { Transform } from "node:stream"

/**
 * The page stream minus its NUL bytes. React 18.3's renderToPipeableStream encodes into
 * a 2 KB buffer, and when a multi-byte character does not fit at the buffer's end it
 * sends the whole buffer, unused bytes and all: one or two NUL bytes land before that
 * character (react/react#24985 and #31134, closed without a fix in 18). A browser drops
 * a NUL in text but turns one in an attribute into U+FFFD, so Vietnamese titles came
 * out as "t�ẩm" in aria-labels, alt texts and form values. UTF-8 never uses the byte 0
 * inside a character, and no page of ours means U+0000, so every 0 byte can go.
 */
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk)
    },
  })
}
