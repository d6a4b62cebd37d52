import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Whose payment collection it is: the order's customer once there is an order, else the cart's. */
export async function paymentCollectionOwner(
  container: MedusaContainer,
  paymentCollectionId: string | null | undefined
): Promise<{ customer_id: string | null; order_id: string | null }> {
  if (!paymentCollectionId) {
    return { customer_id: null, order_id: null }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.customer_id", "order.id", "order.customer_id"],
    filters: { id: paymentCollectionId },
  })
  const collection = data[0] as { cart?: { customer_id?: string | null } | null; order?: { id: string; customer_id?: string | null } | null } | undefined
  return {
    customer_id: collection?.order?.customer_id ?? collection?.cart?.customer_id ?? null,
    order_id: collection?.order?.id ?? null,
  }
}
