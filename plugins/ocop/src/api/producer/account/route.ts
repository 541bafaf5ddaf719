import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { registerProducerMemberWorkflow } from "../../../workflows/producer/register-producer-member"
import type { ProducerCreateAccountType } from "./validators"

/**
 * Called with the token of a just-registered producer login (POST
 * /auth/producer/emailpass/register): takes up the office's invitation with the
 * token from its link (active at once; sign in again for a producer token) or files
 * a request the office decides.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCreateAccountType>,
  res: MedusaResponse
) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "email: this login already has a producer account"
    )
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(
    req.auth_context.auth_identity_id,
    { relations: ["provider_identities"] }
  )
  const email = identity.provider_identities?.find(
    (p) => p.provider === "emailpass"
  )?.entity_id
  if (!email) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "email: producer accounts sign in with email and password"
    )
  }
  const { result } = await registerProducerMemberWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.id,
      email,
      name: req.validatedBody.name,
      request_note: req.validatedBody.request_note,
      token: req.validatedBody.token ?? null,
    },
  })
  res.status(201).json({
    member: {
      id: result.id,
      email: result.email,
      name: result.name,
      status: result.status,
    },
  })
}
