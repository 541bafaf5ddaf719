import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const registerEmailpassIdentitiesStepId =
  "ocop-register-emailpass-identities"
/**
 * Registers email + password logins with the auth module's emailpass provider (the
 * seed's demo producer logins); compensation deletes the created identities.
 */
export const registerEmailpassIdentitiesStep = createStep(
  registerEmailpassIdentitiesStepId,
  async (input: { email: string; password: string }[], { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const created: { email: string; auth_identity_id: string }[] = []
    try {
      for (const { email, password } of input) {
        const result = await auth.register("emailpass", {
          body: { email, password },
        } as any)
        if (!result.success || !result.authIdentity) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `email: ${email} could not be registered (${result.error ?? "unknown reason"})`
          )
        }
        created.push({ email, auth_identity_id: result.authIdentity.id })
      }
    } catch (error) {
      if (created.length) {
        await auth.deleteAuthIdentities(created.map((c) => c.auth_identity_id))
      }
      throw error
    }
    return new StepResponse(
      created,
      created.map((c) => c.auth_identity_id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities(ids)
  }
)
