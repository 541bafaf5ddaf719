import type { Logger } from "@medusajs/framework/types"

/** Prints "[ 7/42] label" lines so a long seed shows where it is. */
export function progress(logger: Logger, total: number) {
  let done = 0
  const width = String(total).length
  return (label: string) => {
    done += 1
    logger.info(`  [${String(done).padStart(width)}/${total}] ${label}`)
  }
}
