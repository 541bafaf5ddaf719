import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type ProducerBankAccountInput = {
  producer_id: string
  bank_bin: string
  account_number: string
  account_name: string
}

/**
 * Saves each producer's payout account (one per producer; 404 for an unknown
 * producer). Compensation restores the previous accounts or removes new ones.
 */
export const setProducerBankAccountsStep = createStep(
  "ocop-set-producer-bank-accounts",
  async (input: ProducerBankAccountInput[], { container }) => {
    const ids = input.map((a) => a.producer_id)
    const producers = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducers({ id: ids }, { select: ["id"] })
    const missing = ids.find((id) => !producers.some((p) => p.id === id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Producer ${missing} was not found`
      )
    }
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const existing = await settlement.listProducerBankAccounts({
      producer_id: ids,
    })
    const saved = await Promise.all(
      input.map(async (account) => {
        const current = existing.find((e) => e.producer_id === account.producer_id)
        return current
          ? settlement.updateProducerBankAccounts({ id: current.id, ...account })
          : settlement.createProducerBankAccounts(account)
      })
    )
    return new StepResponse(saved, {
      previous: existing.map(({ id, bank_bin, account_number, account_name }) => ({
        id,
        bank_bin,
        account_number,
        account_name,
      })),
      created_ids: saved
        .filter((s) => !existing.some((e) => e.id === s.id))
        .map((s) => s.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const settlement =
      container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    if (undo.created_ids.length)
      await settlement.deleteProducerBankAccounts(undo.created_ids)
    if (undo.previous.length)
      await settlement.updateProducerBankAccounts(undo.previous)
  }
)
