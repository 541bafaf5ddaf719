import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { storedFileName, type UploadedFile } from "../../shared/uploads/stored-file-name"
import { currentProducerId } from "../helpers"
import {
  FILE_KINDS_DESCRIPTION,
  isAllowedFile,
} from "../../shared/validators/file-kinds"

/**
 * Uploads certificate scans and pictures through Medusa's File Module. Only JPEG,
 * PNG, WebP and PDF are accepted, and only when the claimed type, the file name and
 * the content's leading bytes agree; anything else is a 400 and nothing is stored.
 * Size limits are enforced before this handler (api/shared/uploads/upload-limits.ts).
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
  const refused = files.filter((f) => !isAllowedFile(f))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: ${refused.map((f) => f.originalname).join(", ")} must be ${FILE_KINDS_DESCRIPTION}, and its content must be what its name and type say`
    )
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({
        filename: storedFileName(f.originalname),
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result })
}
