// `medusa build` leaves static/ (the seeded product pictures) behind, and the
// production server serves /static from its own folder (.medusa/server).
import { copyStatic } from "../../scripts/lib/copy-static.mjs"

await copyStatic(new URL("..", import.meta.url).pathname)
