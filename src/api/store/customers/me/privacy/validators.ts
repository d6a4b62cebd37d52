import { z } from "@medusajs/framework/zod"
import { gender, homepageUrl, language } from "../../../../utils/profile-fields"

export const StoreUpdatePrivacyProfile = z
  .object({
    language: language.optional(),
    gender: gender.nullable().optional(),
    homepage_url: homepageUrl.nullable().optional(),
  })
  .strict()

export type StoreUpdatePrivacyProfileType = z.infer<typeof StoreUpdatePrivacyProfile>
