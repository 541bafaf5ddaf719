/** A file as multer hands it to an upload route. */
export type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * A stored file's name: the client's, folded to plain ASCII with no folder part
 * (the local provider would otherwise create the folders the name spells).
 */
export function storedFileName(originalname: string): string {
  const base = originalname.split(/[\\/]/).pop() ?? ""
  return (
    base
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[.-]+/, "") || "file"
  )
}
