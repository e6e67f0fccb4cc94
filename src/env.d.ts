// `.astro` modules for plain TypeScript (typed linting with typescript-eslint, tsc): Astro components.
// `astro check` and the editor's Astro plugin resolve `.astro` files themselves, with each component's own props,
// so this fallback never replaces those types.
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";
  const Component: AstroComponentFactory;
  export default Component;
}
