// Runs before each test file: Medusa's test runners register MikroORM entities
// globally, and a file must not see the entities of the file before it.
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

MetadataStorage.clear()

// Medusa loads routes, workflows and the config with require(); TypeScript files
// reach it through ts-node (transpile only, swc), as with Medusa's own CLI.
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
if (!process[Symbol.for("ocop.ts-node")]) {
  require("ts-node").register({ transpileOnly: true, swc: true })
  process[Symbol.for("ocop.ts-node")] = true
}
