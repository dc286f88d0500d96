/** The sample block's files, embedded by scripts/webpack/embed-sample-loader.cjs (`…/manifest.json?embed`). */
declare module "*?embed" {
  const files: readonly { readonly name: string; readonly base64: string }[];
  export default files;
}
