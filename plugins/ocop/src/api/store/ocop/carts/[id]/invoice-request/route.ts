import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE, type InvoiceModuleService } from "../../../../../../modules/invoice"
import type { StoreSetInvoiceRequestType } from "./validators"

/** The cart, if it can still take a request: an order's cart is done. */
async function openCart(req: MedusaRequest) {
  const carts = req.scope.resolve<ICartModuleService>(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id }, { select: ["id", "completed_at"], take: 1 })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "cart: the order is placed; ask the shop to replace its invoice instead"
    )
  }
  return cart
}

const view = (r: any) =>
  r && { company_name: r.company_name, tax_code: r.tax_code, address: r.address, email: r.email }

/** The company invoice this cart asks for, or null: individuals get a retail invoice. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [request] = await invoices.listInvoiceRequests({ cart_id: req.params.id }, { take: 1 })
  res.json({ invoice_request: view(request) ?? null })
}

/**
 * Asks for a company invoice for the order this cart becomes. Kept by the invoice
 * module, not in the cart's metadata, so what the invoice says was validated here.
 * Like Medusa's own cart routes, holding the cart id is the right to change it.
 */
export const POST = async (
  req: MedusaRequest<StoreSetInvoiceRequestType>,
  res: MedusaResponse
) => {
  const cart = await openCart(req)
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [existing] = await invoices.listInvoiceRequests({ cart_id: cart.id }, { take: 1 })
  const saved = existing
    ? await invoices.updateInvoiceRequests({ id: existing.id, ...req.validatedBody })
    : await invoices.createInvoiceRequests({ cart_id: cart.id, ...req.validatedBody })
  res.json({ invoice_request: view(saved) })
}

/** Withdraws the request: the order gets a retail invoice. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const cart = await openCart(req)
  const invoices = req.scope.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const requests = await invoices.listInvoiceRequests({ cart_id: cart.id })
  if (requests.length) await invoices.deleteInvoiceRequests(requests.map((r) => r.id))
  res.json({ invoice_request: null })
}
