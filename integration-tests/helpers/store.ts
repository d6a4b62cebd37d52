import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type StoreContext = { publishableKey: string; salesChannelId: string }

/** A sales channel and a publishable API key, which every /store request needs. */
export async function createStoreContext(container: MedusaContainer): Promise<StoreContext> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const channel = await salesChannelModule.createSalesChannels({ name: "Web shop" })
  const key = await apiKeyModule.createApiKeys({ title: "Storefront", type: "publishable", created_by: "test" })
  await link.create({
    [Modules.API_KEY]: { publishable_key_id: key.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
  })
  return { publishableKey: key.token, salesChannelId: channel.id }
}
