import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { currentProducerId } from "../helpers"
import {
  FILE_KINDS_DESCRIPTION,
  isAllowedFile,
} from "../../shared/validators/file-kinds"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * A stored file's name: the client's, folded to plain ASCII with no folder part
 * (the local provider would otherwise create the folders the name spells).
 */
function storedName(originalname: string): string {
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

/**
 * Uploads certificate scans and pictures through Medusa's File Module. Only JPEG,
 * PNG, WebP and PDF are accepted, and only when the claimed type, the file name and
 * the content's leading bytes agree; anything else is a 400 and nothing is stored.
 * Size limits are enforced before this handler (upload-limits.ts).
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
        filename: storedName(f.originalname),
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result })
}
