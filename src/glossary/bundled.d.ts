/** Generated at build time by scripts/build.mjs from src/glossary/*.glossary.json. */
declare module 'crm-notes:bundled-glossary' {
  const files: ReadonlyArray<{ readonly name: string; readonly text: string }>;
  export default files;
}
