/**
 * The files our upload route stores: certificate scans and pictures, as JPEG, PNG,
 * WebP or PDF. Each kind is known by its MIME type, its file name's extension and
 * its content's leading bytes; all three must agree. SVG is not among them: it is
 * a document that can carry script, whatever its name says.
 */
type FileKind = {
  mimeType: string
  extension: RegExp
  matches: (head: Buffer) => boolean
}

const startsWith = (head: Buffer, bytes: number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

export const FILE_KINDS: FileKind[] = [
  {
    mimeType: "image/jpeg",
    extension: /\.jpe?g$/i,
    matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]),
  },
  {
    mimeType: "image/png",
    extension: /\.png$/i,
    matches: (head) =>
      startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mimeType: "image/webp",
    extension: /\.webp$/i,
    matches: (head) =>
      startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8),
  },
  {
    mimeType: "application/pdf",
    extension: /\.pdf$/i,
    matches: (head) => startsWith(head, ascii("%PDF-")),
  },
]

export const FILE_KINDS_DESCRIPTION = "an image (JPEG, PNG, WebP) or a PDF"

/** Whether a file's claimed type, its name and its content all say the same allowed kind. */
export function isAllowedFile(file: {
  originalname: string
  mimetype: string
  buffer: Buffer
}): boolean {
  const kind = FILE_KINDS.find((k) => k.mimeType === file.mimetype)
  return (
    !!kind && kind.extension.test(file.originalname) && kind.matches(file.buffer)
  )
}

/** For URL fields that take a scan: the stored file's name must end as an allowed kind. */
export const SCAN_KINDS = {
  pattern: /\.(jpe?g|png|webp|pdf)$/i,
  description: FILE_KINDS_DESCRIPTION,
}

export const PICTURE_KINDS_DESCRIPTION = "an image (JPEG, PNG, WebP)"

/** Pictures only (a shopper's review photos): an allowed file that is not a PDF. */
export function isAllowedPicture(file: {
  originalname: string
  mimetype: string
  buffer: Buffer
}): boolean {
  return file.mimetype.startsWith("image/") && isAllowedFile(file)
}

/** For URL fields that take a picture only. */
export const PICTURE_KINDS = {
  pattern: /\.(jpe?g|png|webp)$/i,
  description: PICTURE_KINDS_DESCRIPTION,
}
