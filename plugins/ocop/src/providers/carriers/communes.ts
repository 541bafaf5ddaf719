import {
  type AdminCommune,
  type AdminPredecessor,
  loadAdminUnits,
} from "../../modules/admin-units/data/admin-units"
import { foldVietnamese } from "../../modules/admin-units/rules/fold-vietnamese"

/**
 * Finds the 2025 commune an address names. Carriers are fed from the address as the
 * shopper or the office typed it (commune name and province name, as the storefront
 * stores them), never from metadata a shopper could set to another place.
 */
type Index = {
  provinces: Map<string, string>
  communes: Map<string, AdminCommune[]>
  predecessors: Map<string, AdminPredecessor[]>
  byCode: Map<string, AdminCommune>
}

let index: Index | null = null

/** "Tỉnh An Giang", "An Giang" and "tinh an giang" are the same province. */
export function foldProvince(name: string) {
  return foldVietnamese(name).replace(/^(tinh|thanh pho|tp\.?)\s+/, "")
}

function load(): Index {
  if (index) return index
  const units = loadAdminUnits()
  const provinces = new Map(
    units.provinces.map((p) => [foldProvince(p.name), p.code])
  )
  const communes = new Map<string, AdminCommune[]>()
  for (const c of units.communes) {
    const key = `${c.province_code}|${foldVietnamese(c.name)}`
    communes.set(key, [...(communes.get(key) ?? []), c])
  }
  const predecessors = new Map<string, AdminPredecessor[]>()
  for (const p of units.predecessors)
    predecessors.set(p.commune_code, [
      ...(predecessors.get(p.commune_code) ?? []),
      p,
    ])
  index = {
    provinces,
    communes,
    predecessors,
    byCode: new Map(units.communes.map((c) => [c.code, c])),
  }
  return index
}

export type AddressLike = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

/**
 * The commune an address names: a province among its fields, then a commune of that
 * province among the others. Null when either is missing or the name is ambiguous.
 */
export function communeOfAddress(
  address: AddressLike | null | undefined
): AdminCommune | null {
  if (!address) return null
  const { provinces, communes } = load()
  const fields = [
    address.province,
    address.city,
    address.address_2,
    address.address_1,
  ].filter((f): f is string => Boolean(f && f.trim()))
  const provinceCode = fields
    .map((f) => provinces.get(foldProvince(f)))
    .find(Boolean)
  if (!provinceCode) return null
  for (const field of fields) {
    const found = communes.get(`${provinceCode}|${foldVietnamese(field)}`)
    if (found?.length === 1) return found[0]!
  }
  return null
}

export function communeByCode(code: string): AdminCommune | null {
  return load().byCode.get(code) ?? null
}

/**
 * The pre-2025 unit that stands for a 2025 commune where a carrier still files
 * addresses by the three old levels: the predecessor that kept the commune's code
 * (the seat of the merge), else the first wholly merged one, else the first.
 */
export function seatPredecessor(
  commune: AdminCommune
): AdminPredecessor | null {
  const all = load().predecessors.get(commune.code) ?? []
  return (
    all.find((p) => p.old_code === commune.code && p.old_name) ??
    all.find((p) => p.merge === "full" && p.old_name) ??
    all.find((p) => p.old_name) ??
    null
  )
}

/**
 * The single pre-2025 commune a 2025 commune lies in, when there is one (it was kept,
 * renamed or cut from one old commune); null when it merged several, so that which of
 * them an address was in cannot be told from the 2025 name.
 */
export function solePredecessor(
  commune: AdminCommune
): AdminPredecessor | null {
  const all = (load().predecessors.get(commune.code) ?? []).filter(
    (p) => p.old_name
  )
  const olds = new Set(all.map((p) => p.old_code))
  return olds.size === 1 ? all[0]! : null
}
