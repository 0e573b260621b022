/** Generated at build time by scripts/build.mjs: `compileGlossary` of src/glossary/*.glossary.json. */
declare module 'crm-notes:bundled-glossary' {
  const json: string;
  export default json;
}
