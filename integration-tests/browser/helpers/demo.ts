/** The demo store the browser layer's global setup started, as it handed it over. */
export function demoStore() {
  const read = (name: string) => {
    const value = process.env[name]
    if (!value) {
      throw new Error(`${name} is not set: run the browser specs through \`TEST_TYPE=browser npm test\``)
    }
    return value
  }
  return {
    url: read("PRIVACY_BROWSER_URL"),
    storefrontUrl: read("PRIVACY_BROWSER_STOREFRONT_URL"),
    publishableKey: read("PRIVACY_BROWSER_PUBLISHABLE_KEY"),
    adminEmail: read("PRIVACY_BROWSER_ADMIN_EMAIL"),
    adminPassword: read("PRIVACY_BROWSER_ADMIN_PASSWORD"),
    agentEmail: read("PRIVACY_BROWSER_AGENT_EMAIL"),
    agentPassword: read("PRIVACY_BROWSER_AGENT_PASSWORD"),
    clerkEmail: read("PRIVACY_BROWSER_CLERK_EMAIL"),
    clerkPassword: read("PRIVACY_BROWSER_CLERK_PASSWORD"),
    chromiumPath: read("PRIVACY_BROWSER_CHROMIUM"),
    chromiumArgs: JSON.parse(read("PRIVACY_BROWSER_CHROMIUM_ARGS")) as string[],
    artifactsDir: read("PRIVACY_BROWSER_ARTIFACTS"),
  }
}

/** Customers of the demo seed; each spec takes its own so specs can run side by side. */
export const DEMO_CUSTOMERS = {
  exports: "ola.hansen@example.com",
  profile: "lars.olsen@example.com",
  erasure: "sigrid.larsen@example.com",
}
