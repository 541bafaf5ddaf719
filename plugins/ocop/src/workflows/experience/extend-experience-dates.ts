import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryItemsWorkflow,
  createProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { EXPERIENCE_DATE_OPTION } from "./steps/experience-dates-of"
import {
  type PlanExperienceDatesInput,
  planExperienceDatesStep,
} from "./steps/plan-experience-dates"

// How far ahead visitors can book: the nightly job and the seed open dates this far.
export const EXPERIENCE_BOOKING_WEEKS = 12

export const extendExperienceDatesWorkflowId = "ocop-extend-experience-dates"
/**
 * Gives an experience one product variant per offered date of the next `weeks` weeks:
 * a value of its "Ngày" option, an inventory item stocked with the day's capacity at
 * the experience's location (so cart completion reserves seats), and the adult price
 * in đồng. Dates that already have a variant are left alone; the nested core
 * workflows undo their writes if a later one fails.
 */
export const extendExperienceDatesWorkflow = createWorkflow(
  extendExperienceDatesWorkflowId,
  (input: WorkflowData<PlanExperienceDatesInput>) => {
    const plan = planExperienceDatesStep(input)

    when("ocop-experience-new-option-values", { plan }, ({ plan }) => {
      return plan.new_option_values.length > 0
    }).then(() => {
      createAndLinkProductOptionsToProductWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          product_id: plan.product_id,
          update: [
            {
              product_option_id: plan.option_id,
              add: plan.new_option_values.map((value) => ({ value })),
            },
          ],
        })),
      })
    })

    const variants = when(
      "ocop-experience-new-dates",
      { plan },
      ({ plan }) => plan.dates.length > 0
    ).then(() => {
      const items = createInventoryItemsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          items: plan.dates.map((date) => ({
            sku: `${plan.handle}-${date}`,
            title: `${plan.handle} ${date}`,
            // Nothing is shipped: a visitor comes to the host.
            requires_shipping: false,
            location_levels: [
              {
                location_id: plan.location_id,
                stocked_quantity: plan.capacity,
              },
            ],
          })),
        })),
      })
      return createProductVariantsWorkflow.runAsStep({
        input: transform({ plan, items }, ({ plan, items }) => ({
          product_variants: plan.dates.map((date, i) => ({
            product_id: plan.product_id,
            title: date.split("-").reverse().join("/"),
            sku: `${plan.handle}-${date}`,
            manage_inventory: true,
            allow_backorder: false,
            options: { [EXPERIENCE_DATE_OPTION]: date },
            metadata: { ocop_experience_date: date },
            prices: [{ currency_code: "vnd", amount: plan.price }],
            inventory_items: [
              { inventory_item_id: items[i].id, required_quantity: 1 },
            ],
          })),
        })),
      })
    })

    return new WorkflowResponse(
      transform({ plan, variants }, ({ plan, variants }) => ({
        product_id: plan.product_id,
        created_dates: variants ? plan.dates : [],
      }))
    )
  }
)
