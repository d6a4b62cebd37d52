/** The build minifies each stylesheet and inlines it as a string. */
declare module "*.css" {
  const css: string
  export default css
}
