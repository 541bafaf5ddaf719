// npm run start:prod puts the backend's servers and worker on ports of their own behind
// the public one; a storefront port among them used to stop the shop at start-up.
import { internalPorts } from "../../scripts/lib/production-backend.mjs"

describe("the production backend's own ports", () => {
  it("count up from the public port, past the storefront's", () => {
    // PORT=9700 STOREFRONT_PORT=9701: two servers and a worker.
    expect(internalPorts({ count: 3, first: 9701, avoid: [9700, 9701] })).toEqual([9702, 9703, 9704])
  })

  it("take the ports a caller gives first, and never one twice", () => {
    expect(internalPorts({ count: 3, given: [9800], first: 9800, avoid: [9000] })).toEqual([9800, 9801, 9802])
    expect(internalPorts({ count: 2, given: [41171, 32889, 1], first: 9001, avoid: [] })).toEqual([41171, 32889])
  })
})
