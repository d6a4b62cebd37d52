/** Google Consent Mode v2 signals per category; security storage is necessary by nature. */
const SIGNALS: Record<string, string[]> = {
  statistics: ["analytics_storage"],
  marketing: ["ad_storage", "ad_user_data", "ad_personalization"],
  preferences: ["functionality_storage", "personalization_storage"],
}

type Gtag = (...args: unknown[]) => void
declare global {
  interface Window {
    gtag?: Gtag
    dataLayer?: unknown[]
  }
}

function arguments_(...args: unknown[]): IArguments
function arguments_() {
  return arguments
}

/** gtag.js reads Arguments objects from the dataLayer, not arrays: push what its own stub would. */
function send(command: "default" | "update", state: Record<string, string | number>) {
  if (typeof window.gtag == "function") window.gtag("consent", command, state)
  else if (Array.isArray(window.dataLayer)) window.dataLayer.push(arguments_("consent", command, state))
}

function state(granted: string[]) {
  const result: Record<string, string> = {}
  for (const category in SIGNALS) for (const signal of SIGNALS[category]) result[signal] = granted.includes(category) ? "granted" : "denied"
  return result
}

/** Everything denied until the visitor chooses; tags wait briefly for a stored choice's update. */
export const consentDefault = () => send("default", { ...state([]), security_storage: "granted", wait_for_update: 500 })

export const consentUpdate = (granted: string[]) => send("update", state(granted))
