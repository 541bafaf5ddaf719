import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { salesPointMiddlewares } from "./sales-point/middlewares"
import { storeMiddlewares } from "./store/middlewares"

// Every OCOP route and its input checks, one file per area (api/<area>/middlewares.ts).
export default defineMiddlewares({
  routes: [
    ...storeMiddlewares,
    ...adminMiddlewares,
    ...producerMiddlewares,
    ...hooksMiddlewares,
    ...salesPointMiddlewares,
  ],
})
