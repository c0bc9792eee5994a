interface ImportMetaEnv {
  /** True under `astro dev` only; see src/integrations/drafts.ts. */
  readonly FAWEN_SHOW_DRAFTS: boolean;
  /** True when the build's content check already validated everything; see src/integrations/content-check.ts. */
  readonly FAWEN_CONTENT_CHECKED?: boolean;
  /** The project root of a build, which content entries' `filePath` is relative to. */
  readonly FAWEN_ROOT?: string;
}
