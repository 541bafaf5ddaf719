import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The auth actor type of the producer portal; its identities carry `producer_id` in app_metadata. */
export const PRODUCER_ACTOR_TYPE = "producer"
const KEY = `${PRODUCER_ACTOR_TYPE}_id`

export type SetProducerAuthIdentitiesInput = {
  auth_identity_id: string
  member_id: string
}[]

export const setProducerAuthIdentitiesStepId =
  "ocop-set-producer-auth-identities"
/**
 * Lets auth identities sign in as producer members (app_metadata.producer_id, which
 * Medusa turns into the token's actor_id); compensation removes the key again.
 */
export const setProducerAuthIdentitiesStep = createStep(
  setProducerAuthIdentitiesStepId,
  async (input: SetProducerAuthIdentitiesInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identities = input.length
      ? await auth.listAuthIdentities({
          id: input.map((i) => i.auth_identity_id),
        })
      : []
    const updates = input.map(({ auth_identity_id, member_id }) => {
      const identity = identities.find((i) => i.id === auth_identity_id)
      if (!identity) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `auth_identity_id: auth identity ${auth_identity_id} was not found`
        )
      }
      if (identity.app_metadata?.[KEY]) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `email: this login already belongs to a producer member`
        )
      }
      return {
        id: auth_identity_id,
        app_metadata: { ...(identity.app_metadata ?? {}), [KEY]: member_id },
      }
    })
    if (updates.length) await auth.updateAuthIdentities(updates)
    return new StepResponse(
      undefined,
      input.map((i) => i.auth_identity_id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listAuthIdentities({ id: ids })
    await auth.updateAuthIdentities(
      identities.map((i) => {
        const { [KEY]: _removed, ...rest } = i.app_metadata ?? {}
        return { id: i.id, app_metadata: rest }
      })
    )
  }
)
