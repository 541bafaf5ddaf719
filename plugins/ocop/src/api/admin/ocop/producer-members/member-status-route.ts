import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminEndProducerMemberType } from "./validators"

type MemberRow = {
  id: string
  email: string
  name?: string | null
  status: string
  status_reason?: string | null
}

type MemberStatusWorkflow = (container: MedusaContainer) => {
  run: (args: {
    input: { id: string; reason?: string | null }
  }) => Promise<{ result: MemberRow }>
}

/**
 * The POST handler of the routes that move one member's status on the office's
 * word alone (revoke, deactivate, resend): the workflow gets the id and the optional
 * reason, and the answer names only the member's public fields, never the token hash.
 */
export function memberStatusRoute(workflow: MemberStatusWorkflow) {
  return async (
    req: AuthenticatedMedusaRequest<AdminEndProducerMemberType>,
    res: MedusaResponse
  ) => {
    const { result } = await workflow(req.scope).run({
      input: { id: req.params.id, reason: req.validatedBody?.reason ?? null },
    })
    res.json({
      member: {
        id: result.id,
        email: result.email,
        name: result.name,
        status: result.status,
        status_reason: result.status_reason,
      },
    })
  }
}
