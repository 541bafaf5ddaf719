import multer from "multer"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

const MB = 1024 * 1024
// The multipart envelope (boundaries, part headers) around the files themselves.
const ENVELOPE_BYTES = 64 * 1024
// As many files as a listing or a profile takes pictures.
const MAX_FILES = 12

function bytesFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

/** Largest file accepted, in bytes (OCOP_UPLOAD_MAX_BYTES, 10 MB by default). */
export const uploadMaxFileBytes = () =>
  bytesFromEnv("OCOP_UPLOAD_MAX_BYTES", 10 * MB)

/** Largest upload request, in bytes (OCOP_UPLOAD_MAX_REQUEST_BYTES, one largest file by default). */
export const uploadMaxRequestBytes = () =>
  bytesFromEnv(
    "OCOP_UPLOAD_MAX_REQUEST_BYTES",
    uploadMaxFileBytes() + ENVELOPE_BYTES
  )

function refuse(res: MedusaResponse, status: number, message: string) {
  // The client may still be sending the body we will not read: end the connection.
  res.setHeader("Connection", "close")
  res.status(status).json({
    type: status === 413 ? "payload_too_large" : "invalid_data",
    message,
  })
}

/**
 * Refuses an upload by its declared length before a byte of it is read (413), and
 * one without a declared length (411): browsers, fetch and the storefront always
 * declare it, and a known length is what lets the limit hold before buffering.
 */
export function limitUploadRequest(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const declared = req.headers["content-length"]
  if (declared === undefined) {
    return refuse(res, 411, "files: the upload must declare its Content-Length")
  }
  const max = uploadMaxRequestBytes()
  if (!(Number(declared) <= max)) {
    return refuse(
      res,
      413,
      `files: an upload may be at most ${Math.floor(max / MB)} MB`
    )
  }
  next()
}

/**
 * Multipart parsing into memory, as core's /admin/uploads does, with limits: a file
 * over the size limit is a 413, too many files or an unexpected field a 400 naming files.
 */
export function parseUploadedFiles(field: string) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const upload = multer({
      storage: multer.memoryStorage(),
      limits: {
        fileSize: uploadMaxFileBytes(),
        files: MAX_FILES,
        fields: 20,
        fieldSize: 64 * 1024,
      },
    }).array(field, MAX_FILES)
    upload(req as any, res as any, (error: unknown) => {
      if (!(error instanceof multer.MulterError)) return next(error)
      const { code, message } = error as multer.MulterError
      if (code === "LIMIT_FILE_SIZE") {
        return refuse(
          res,
          413,
          `${field}: a file may be at most ${Math.floor(uploadMaxFileBytes() / MB)} MB`
        )
      }
      refuse(res, 400, `${field}: ${message} (at most ${MAX_FILES} files)`)
    })
  }
}
