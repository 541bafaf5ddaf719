import { describe, expect, it } from "vitest"
import { loader } from "./route"

describe("GET /account", () => {
  it("asks a signed-out visitor to sign in and come back", async () => {
    const thrown = await loader({ request: new Request("http://shop.test/account"), params: {}, context: {} }).catch((e: Response) => e)
    expect((thrown as Response).status).toBe(302)
    expect((thrown as Response).headers.get("location")).toBe("/account/login?redirectTo=%2Faccount")
  })
})
