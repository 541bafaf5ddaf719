import { describe, expect, it } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

function post(fields: Record<string, string>, cookie?: string) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return new Request("http://shop.test/producer/listings/new", { method: "POST", body, headers: cookie ? { cookie } : {} })
}

describe("POST /producer/listings/new", () => {
  it("sends a signed-out visitor to the producer sign-in page", async () => {
    const thrown = await action({ request: post({ title: "Khô cá lóc" }), params: {}, context: {} }).catch((e: Response) => e)
    expect((thrown as Response).status).toBe(302)
    expect((thrown as Response).headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Flistings%2Fnew")
  })

  it("names the pack price and the criteria set when they are wrong, before anything reaches the shop's backend", async () => {
    const request = post(
      { title: "Khô cá lóc một nắng", category_set: "", "variants[0].title": "Gói 500 g", "variants[0].price_vnd": "500" },
      await producerCookie()
    )
    const response = await action({ request, params: {}, context: {} })
    expect(response.status).toBe(400)
    const { result } = await response.json()
    expect(result.error).toEqual({
      category_set: ["producerPortal.errors.category"],
      "variants[0].price_vnd": ["producerPortal.errors.price"],
    })
  })

  it("adds and removes a pack for a browser without JavaScript (the pack buttons' intents), checking nothing", async () => {
    const fields = { title: "Khô cá lóc", "variants[0].title": "Hũ 200 g", "variants[0].price_vnd": "45.000", "variants[1].title": "Hũ 500 g" }
    const add = post({ ...fields, __intent__: JSON.stringify({ type: "insert", payload: { name: "variants" } }) }, await producerCookie())
    const added = await action({ request: add, params: {}, context: {} })
    expect(added.status).toBe(200)
    const { result } = await added.json()
    expect(result.status).toBeUndefined()
    expect(result.initialValue?.variants).toHaveLength(3)

    const remove = post({ ...fields, __intent__: JSON.stringify({ type: "remove", payload: { name: "variants", index: 0 } }) }, await producerCookie())
    const { result: removed } = await (await action({ request: remove, params: {}, context: {} })).json()
    expect(removed.initialValue?.variants).toEqual([{ title: "Hũ 500 g" }])
  })

  it("reads a price typed the Vietnamese way (45.000) as 45.000 đồng, not 45", async () => {
    const request = post(
      { title: "Khô cá lóc một nắng", category_set: "xx", "variants[0].title": "Gói 500 g", "variants[0].price_vnd": "45.000" },
      await producerCookie()
    )
    const { result } = await (await action({ request, params: {}, context: {} })).json()
    expect(result.error).toEqual({ category_set: ["producerPortal.errors.category"] })
  })
})
