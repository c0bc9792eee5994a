interface ImportMetaEnv {
  /** True under `astro dev` only; see src/integrations/drafts.ts. */
  readonly FAWEN_SHOW_DRAFTS: boolean;
}
