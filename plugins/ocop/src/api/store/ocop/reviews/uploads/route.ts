import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  storedFileName,
  type UploadedFile,
} from "../../../../shared/uploads/stored-file-name"
import {
  isAllowedPicture,
  PICTURE_KINDS_DESCRIPTION,
} from "../../../../shared/validators/file-kinds"
import { REVIEW_MAX_PHOTOS } from "../validators"

/**
 * A signed-in shopper's review photos, through Medusa's File Module with the same
 * limits as the producers' uploads (size checked before reading, then type, name and
 * leading bytes must agree), pictures only and at most three at once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const files = ((req as any).files ?? []) as UploadedFile[]
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "files: no file was uploaded"
    )
  }
  if (files.length > REVIEW_MAX_PHOTOS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: a review takes at most ${REVIEW_MAX_PHOTOS} photos`
    )
  }
  const refused = files.filter((f) => !isAllowedPicture(f))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files: ${refused.map((f) => f.originalname).join(", ")} must be ${PICTURE_KINDS_DESCRIPTION}, and its content must be what its name and type say`
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
