// Not bundled: fails the storefront's type check when index.d.ts and the code drift apart.
import type * as Declared from "./index.d"
import * as implemented from "./index"

export const conforms: typeof Declared = implemented
