import { describe, expect, it } from "vitest"
import { loader } from "./route"

describe("GET /products", () => {
  it("sends a form posted without JavaScript to the short, shareable URL", async () => {
    const request = new Request("http://shop.test/products?q=&stars=4&stars=5&status=&province=91&commune=&order=recommended")
    const response = await loader({ request, params: {}, context: {} }).catch((thrown: Response) => thrown)
    expect(response.status).toBe(302)
    expect(response.headers.get("location")).toBe("/products?stars=5&stars=4&province=91")
  })
})
