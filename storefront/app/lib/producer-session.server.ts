import type { Session } from "@remix-run/node"
import { createActorSession } from "./actor-session.server"

type ProducerSessionData = {
  token: string
  producerName: string
}
type ProducerFlash = { notice: string }

export type ProducerSession = Session<ProducerSessionData, ProducerFlash>

const producer = createActorSession<ProducerSessionData, ProducerFlash>({
  cookie: "ocop_producer",
  path: "/producer",
  loginPath: "/producer/login",
  unauthorizedError: "ProducerUnauthorizedError",
})

export const producerSessionStorage = producer.storage
export const producerSignIn = producer.signIn
export const producerSignOut = producer.signOut
export const getProducerSession = producer.getSession
export const commitProducerHeaders = producer.commitHeaders
export const requireProducerToken = producer.requireToken
export const producerSignedOut = producer.signedOut
export const withProducerToken = producer.withToken
export const producerConsoleRedirect = producer.consoleRedirect
