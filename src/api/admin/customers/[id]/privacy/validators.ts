import { z } from "@medusajs/framework/zod"
import { customerSource, gender, homepageUrl, language } from "../../../../utils/profile-fields"

export const AdminUpdatePrivacyProfile = z
  .object({
    language: language.optional(),
    gender: gender.nullable().optional(),
    homepage_url: homepageUrl.nullable().optional(),
    source: customerSource.optional(),
  })
  .strict()

export type AdminUpdatePrivacyProfileType = z.infer<typeof AdminUpdatePrivacyProfile>
