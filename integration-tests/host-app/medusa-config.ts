import { randomBytes } from "node:crypto"
import path from "node:path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { finmugPrivacyOptions } from "./privacy-options"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Tests and benchmarks swap the options (PRIVACY_PLUGIN_OPTIONS, JSON) or leave the plugin out.
const pluginOptions = process.env.PRIVACY_PLUGIN_OPTIONS
  ? JSON.parse(process.env.PRIVACY_PLUGIN_OPTIONS)
  : finmugPrivacyOptions
const withPlugin = process.env.PRIVACY_PLUGIN_DISABLED !== "true"

// The demo passes its persisted secrets in; a process without them gets one-off secrets.
const devSecret = randomBytes(32).toString("hex")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || devSecret,
      cookieSecret: process.env.COOKIE_SECRET || devSecret,
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // Packages live in the project root's node_modules, above this folder: let the dev server read them.
    vite: (config) => ({
      ...config,
      server: { ...config.server, fs: { ...config.server?.fs, allow: [path.resolve(__dirname, "..", "..")] } },
    }),
  },
  modules: [
    // Medusa's RBAC module is licensed separately (Medusa Enterprise Edition): never run it, even
    // where MEDUSA_FF_RBAC is set, which would otherwise add it.
    { key: Modules.RBAC, disable: true },
    {
      // Private files (privacy exports) stay out of the publicly served static folder. The folder is
      // named "private" because `medusa develop` ignores it: a file written anywhere else in the app
      // restarts the dev server in the middle of the export that wrote it.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: path.join(__dirname, "static"), private_upload_dir: path.join(__dirname, "private") },
          },
        ],
      },
    },
    {
      // The local provider writes e-mails to the log instead of sending them: fine for the demo and tests.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local", channels: ["feed"] } },
          { resolve: "@medusajs/medusa/notification-local", id: "local-email", options: { name: "Local e-mail", channels: ["email"] } },
        ],
      },
    },
  ],
  plugins: withPlugin ? [{ resolve: "medusa-plugin-privacy", options: pluginOptions }] : [],
})
