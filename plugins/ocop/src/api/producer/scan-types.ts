/** Certificate scans and listing pictures the portal accepts: images or PDF, by MIME type and extension. */
export const SCAN_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "application/pdf",
] as const
export const SCAN_EXTENSIONS = /\.(jpe?g|png|webp|pdf)$/i

export function isScanFileName(name: string): boolean {
  return SCAN_EXTENSIONS.test(name)
}
