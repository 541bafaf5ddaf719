import { json, type LoaderFunctionArgs } from "@remix-run/node"
import { listCommunesOfProvince } from "~/lib/data/ocop-admin-units.server"

/** GET ?province=91 → the province's communes, for the address picker once JavaScript runs. */
export async function loader({ request }: LoaderFunctionArgs) {
  const province = new URL(request.url).searchParams.get("province") ?? ""
  if (!/^\d{2}$/.test(province)) return json({ communes: [] }, { status: 400 })
  const communes = (await listCommunesOfProvince(province)).map(({ code, name }) => ({ code, name }))
  return json({ communes }, { headers: { "cache-control": "public, max-age=3600" } })
}
