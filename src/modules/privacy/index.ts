import { Module } from "@medusajs/framework/utils"
import PrivacyModuleService from "./service"
import validateOptionsLoader from "./loaders/validate-options"

export const PRIVACY_MODULE = "privacy"

export default Module(PRIVACY_MODULE, {
  service: PrivacyModuleService,
  loaders: [validateOptionsLoader],
})
