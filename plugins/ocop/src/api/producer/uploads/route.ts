import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { currentProducerId } from "../helpers"
import { isScanFileName, SCAN_MIME_TYPES } from "../scan-types"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * Uploads certificate scans and pictures through Medusa's File Module. Only images
 * and PDFs are accepted (by MIME type and file name); anything else is a 400 and
 * nothing is stored.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await currentProducerId(req)
  const files = ((req as any).files ?? []) as UploadedFile[]
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "files: no file was uploaded"
    )
  }
  const refused = files.filter(
    (f) =>
      !(SCAN_MIME_TYPES as readonly string[]).includes(f.mimetype) ||
      !isScanFileName(f.originalname)
  )
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: ${refused.map((f) => f.originalname).join(", ")} must be an image (JPEG, PNG, WebP) or a PDF`
    )
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({
        filename: f.originalname,
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result })
}
