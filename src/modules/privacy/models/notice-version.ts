import { model } from "@medusajs/framework/utils"

/**
 * When each version of the privacy notice was first shown, per language: the
 * notice's "last updated" date. A version is a hash of the text, so a new
 * one appears exactly when what the notice says changes (new options, a new
 * plugin release), and its first showing is when it took effect.
 */
const NoticeVersion = model
  .define("privacy_notice_version", {
    id: model.id({ prefix: "pntv" }).primaryKey(),
    language: model.text(),
    version: model.text(),
    published_at: model.dateTime(),
  })
  .indexes([{ on: ["language", "version"], unique: true, where: "deleted_at IS NULL" }])

export default NoticeVersion
