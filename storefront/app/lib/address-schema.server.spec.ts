import { parseWithZod } from "@conform-to/zod"
import { describe, expect, it } from "vitest"
import { storefrontCheckout, type CheckoutNeeds } from "./address-schema.server"

const contact = { email: "lan@example.vn", payment: "pp_system_default" }
const recipient = { fullName: "Nguyễn Thị Lan", phone: "0901 234 567" }
const address = { province: "91", commune: "30403", street: "12 đường Trần Hưng Đạo" }
const lead = { leadName: "Trần Văn Bình", leadPhone: "0912345678" }

function check(needs: CheckoutNeeds, fields: Record<string, string | string[]>) {
  const form = new FormData()
  // One option per shipment, named as the checkout's radio groups are: shippingOptionIds[0], [1]…
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v)) v.forEach((one, i) => one && form.set(`${k}[${i}]`, one))
    else form.set(k, v)
  }
  const submission = parseWithZod(form, { schema: storefrontCheckout(needs) })
  return { ok: submission.status === "success", errors: submission.reply().error ?? {} }
}

const goods = { ships: true, pickup: false, experience: false }

describe("checkout form rules", () => {
  it("asks a delivery for its province, commune and street, each named with its message", () => {
    const { ok, errors } = check(goods, { ...contact, ...recipient, shippingOptionIds: ["so_standard"] })
    expect(ok).toBe(false)
    expect(errors).toEqual({ province: ["errors.province"], commune: ["errors.commune"], street: ["errors.street"] })
  })

  it("takes a pickup with a name and phone but no address", () => {
    expect(check({ ...goods, pickup: true }, { ...contact, ...recipient, shippingOptionIds: ["so_pickup"] }).ok).toBe(true)
  })

  it("still needs who collects a pickup, and a way to reach them", () => {
    const { errors } = check({ ...goods, pickup: true }, { ...contact, shippingOptionIds: ["so_pickup"] })
    expect(errors).toEqual({ fullName: ["errors.fullName"], phone: ["errors.phone"] })
  })

  it("takes an experience-only cart with no address and no delivery, but with its lead visitor", () => {
    expect(check({ ships: false, pickup: false, experience: true }, { ...contact, ...lead }).ok).toBe(true)
  })

  it("names the lead visitor's name and phone when an experience is booked without them", () => {
    const { errors } = check({ ships: false, pickup: false, experience: true }, { ...contact, leadPhone: "12" })
    expect(errors).toEqual({ leadName: ["experience.errors.leadName"], leadPhone: ["errors.phone"] })
  })

  it("asks a mixed cart delivered to an address for the address and the lead visitor", () => {
    const { errors } = check({ ships: true, pickup: false, experience: true }, { ...contact, ...recipient, shippingOptionIds: ["so_standard"] })
    expect(Object.keys(errors).sort()).toEqual(["commune", "leadName", "leadPhone", "province", "street"])
    expect(check({ ships: true, pickup: false, experience: true }, { ...contact, ...recipient, ...address, ...lead, shippingOptionIds: ["so_standard"] }).ok).toBe(true)
  })

  it("asks every shipment of a cart for its own delivery option", () => {
    const full = { ...contact, ...recipient, ...address }
    const two = { ...goods, shipments: 2 }
    expect(check(two, { ...full, shippingOptionIds: ["so_anas", "so_thai_minh"] }).ok).toBe(true)
    expect(check(two, { ...full, shippingOptionIds: ["so_anas", ""] }).errors).toEqual({ "shippingOptionIds[1]": ["errors.shipping"] })
    expect(check(two, { ...full, shippingOptionIds: ["", "so_thai_minh"] }).errors).toEqual({ "shippingOptionIds[0]": ["errors.shipping"] })
    expect(check(two, full).errors).toEqual({
      "shippingOptionIds[0]": ["errors.shipping"],
      "shippingOptionIds[1]": ["errors.shipping"],
    })
  })

  it("does not ask goods for a lead visitor", () => {
    expect(check(goods, { ...contact, ...recipient, ...address, shippingOptionIds: ["so_standard"] }).ok).toBe(true)
  })
})
