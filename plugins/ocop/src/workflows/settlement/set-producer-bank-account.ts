import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  type ProducerBankAccountInput,
  setProducerBankAccountsStep,
} from "./steps/set-producer-bank-accounts"

export const setProducerBankAccountWorkflowId = "ocop-set-producer-bank-account"
/** Sets the bank account a producer's statements are paid to. */
export const setProducerBankAccountWorkflow = createWorkflow(
  setProducerBankAccountWorkflowId,
  (input: WorkflowData<ProducerBankAccountInput>) => {
    const saved = setProducerBankAccountsStep(
      transform({ input }, ({ input }) => [input])
    )
    return new WorkflowResponse(transform({ saved }, ({ saved }) => saved[0]))
  }
)
