import type { AstroIntegration } from 'astro';

/**
 * Drafts are previewed by `astro dev` and never built. The decision follows the Astro command,
 * not NODE_ENV, so a stray NODE_ENV in an editor's shell or a test runner cannot publish a draft.
 */
export default function drafts(): AstroIntegration {
  return {
    name: 'fawen:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.FAWEN_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
