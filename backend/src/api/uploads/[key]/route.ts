import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UPLOAD_DIR } from "../../../../config/uploads"

// Pictures shown inline; anything else an actor uploaded is downloaded, not opened.
const INLINE = /\.(jpe?g|png|webp|gif|avif)$/i

/**
 * Serves a file the File Module stored. The browser must take it for what its
 * extension says (nosniff), may not run anything in it even when opened directly
 * (CSP sandbox), and saves documents such as PDFs instead of rendering them here.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const key = req.params.key
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "public, max-age=86400",
  }
  if (!INLINE.test(key)) headers["Content-Disposition"] = "attachment"
  await new Promise<void>((resolve, reject) =>
    res.sendFile(
      key,
      { root: path.resolve(UPLOAD_DIR), dotfiles: "deny", headers },
      (error: any) => {
        if (!error) return resolve()
        if (res.headersSent) return resolve()
        reject(
          error.status === 404 || error.code === "ENOENT"
            ? new MedusaError(MedusaError.Types.NOT_FOUND, `File ${key} was not found`)
            : error
        )
      }
    )
  )
}
