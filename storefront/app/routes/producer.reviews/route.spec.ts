import { describe, expect, it, vi } from "vitest"
import { producerCookie } from "~/components/producer/producer-test-session"
import { action } from "./route"

const api = vi.hoisted(() => ({ replies: [] as unknown[] }))
vi.mock("~/lib/data/producer-api.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("~/lib/data/producer-api.server")>()),
  replyToProducerReview: async (_token: string, id: string, reply: string) => {
    api.replies.push({ id, reply })
    return { review: { id, reply } }
  },
}))

async function post(fields: Record<string, string>, cookie?: string) {
  const request = new Request("http://shop.test/producer/reviews", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { cookie } : {},
  })
  return (await action({ request, params: {}, context: {} })) as Response
}

describe("POST /producer/reviews", () => {
  it("saves the producer's reply and returns to that review", async () => {
    const response = await post({ review_id: "ocrv_1", reply: "  Cảm ơn chị đã tin dùng.  " }, await producerCookie())
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/reviews#review-ocrv_1")
    expect(api.replies).toEqual([{ id: "ocrv_1", reply: "Cảm ơn chị đã tin dùng." }])
  })

  it("refuses a reply over 1000 characters beside its review, and sends nothing", async () => {
    api.replies = []
    const response = await post({ review_id: "ocrv_1", reply: "a".repeat(1001) }, await producerCookie())
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ form: "ocrv_1", errors: ["producerReviews.errorReply"] })
    expect(api.replies).toEqual([])
  })

  it("sends a signed-out visitor to sign in", async () => {
    const response = await post({ review_id: "ocrv_1", reply: "x" }).catch((thrown) => thrown as Response)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/producer/login?redirectTo=%2Fproducer%2Freviews")
  })
})
