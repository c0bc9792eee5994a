interface ImportMetaEnv {
  /** True under `astro dev` only; see src/integrations/drafts.ts. */
  readonly FAWEN_SHOW_DRAFTS: boolean;
  /** The project root, which question files' paths are relative to; see src/integrations/content-check.ts. */
  readonly FAWEN_ROOT: string;
}
