/** Generated at build time by scripts/build.mjs: `compileGlossary` of src/glossary/*.glossary.json. */
declare module 'crm-notes:bundled-glossary' {
  /** The parsed files (see `loadCompiledGlossary`). */
  export const files: string;
  /** The merged glossary (see `loadCompiledMerged`). */
  export const merged: string;
}
