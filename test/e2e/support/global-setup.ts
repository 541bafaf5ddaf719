// Boots the whole shop once for the e2e run: a throwaway embedded PostgreSQL, the
// migrated and seeded backend, and the built storefront, on free ports. With
// E2E_STOREFRONT_URL and E2E_BACKEND_URL set it uses that shop instead.
import path from "node:path"
import type { TestProject } from "vitest/node"
import { root, startStack } from "../../../scripts/lib/stack.mjs"
import { freePorts } from "../../support/free-port"
import { walletStandInEnv } from "./wallet-stand-in"
import { carrierEnv } from "./carriers-env"

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    /** Where the stack's backend.log and storefront.log are ("" for a given shop). */
    stackLogDir: string
    /** The port the shop's VNPay and MoMo URLs point at, where the wallet test starts its stand-in (0 for a given shop). */
    walletStandInPort: number
    /**
     * The port the shop's GHN and GHTK providers call (a spec starts the recording
     * stand-in there); 0 for a given shop, whose carriers we do not know.
     */
    carrierStandInPort: number
  }
}

export default async function setup(project: TestProject) {
  const given = { storefront: process.env.E2E_STOREFRONT_URL, backend: process.env.E2E_BACKEND_URL }
  if (given.storefront && given.backend) {
    project.provide("storefrontUrl", given.storefront.replace(/\/$/, ""))
    project.provide("backendUrl", given.backend.replace(/\/$/, ""))
    project.provide("stackLogDir", "")
    project.provide("walletStandInPort", 0)
    project.provide("carrierStandInPort", 0)
    return
  }

  const started = Date.now()
  const logDir = path.join(root, ".data", `e2e-logs-${process.pid}`)
  // VNPay and MoMo are on, their URLs at a stand-in the wallet test starts on its port:
  // one shop serves every file (the others see two more payment choices, after VietQR).
  // The carriers cannot be reached from here: the shop's GHN and GHTK call a recording
  // stand-in on its port, which the carrier spec starts (docs/carriers.md).
  const [walletStandInPort, carrierPort, backendPort, storefrontPort] = await freePorts(4)
  const stack = await startStack({
    dataDir: path.join(root, ".data", `e2e-postgres-${process.pid}`),
    logDir,
    throwawayDatabase: true,
    backendPort,
    storefrontPort,
    backendMode: "develop",
    stdio: "ignore",
    extraEnv: { ...walletStandInEnv(walletStandInPort), ...carrierEnv(carrierPort) },
    log: (line: string) => console.log(`[e2e] ${line}`),
  })
  if (!stack.storefrontUrl) {
    await stack.stop()
    throw new Error("The stack started without a storefront (storefront/app is missing)")
  }
  console.log(`[e2e] shop ready in ${Math.round((Date.now() - started) / 1000)}s: ${stack.storefrontUrl}`)
  project.provide("storefrontUrl", stack.storefrontUrl)
  project.provide("backendUrl", stack.backendUrl)
  project.provide("stackLogDir", logDir)
  project.provide("walletStandInPort", walletStandInPort)
  project.provide("carrierStandInPort", carrierPort)
  return async () => {
    await stack.stop()
  }
}
