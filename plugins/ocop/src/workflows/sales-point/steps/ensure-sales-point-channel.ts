import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Counter sales are orders of this sales channel. */
export const SALES_POINT_CHANNEL_NAME = "sales-point"

export const ensureSalesPointChannelStepId = "ocop-ensure-sales-point-channel"
/**
 * The `sales-point` sales channel, created the first time a sales point is;
 * compensation removes it only if this run created it.
 */
export const ensureSalesPointChannelStep = createStep(
  ensureSalesPointChannelStepId,
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { name: SALES_POINT_CHANNEL_NAME },
    })
    if (data[0]) return new StepResponse(data[0].id as string, null)
    const [channel] = await container
      .resolve(Modules.SALES_CHANNEL)
      .createSalesChannels([
        {
          name: SALES_POINT_CHANNEL_NAME,
          description:
            "Bán tại quầy ở các điểm giới thiệu và bán sản phẩm OCOP (counter sales at OCOP sales points)",
        },
      ])
    return new StepResponse(channel.id, channel.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container
      .resolve(Modules.SALES_CHANNEL)
      .deleteSalesChannels([createdId])
  }
)
