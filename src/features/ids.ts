/** Command ids, in one place: package.json, handlers and tests use the same constants. */
export const Commands = {
  showTerm: 'crmNotes.showTerm',
  openSampleNotes: 'crmNotes.openSampleNotes',
  reloadGlossary: 'crmNotes.reloadGlossary',
  createWorkspaceGlossary: 'crmNotes.createWorkspaceGlossary',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** URI scheme of the read-only term pages opened by `crmNotes.showTerm`. */
export const TERM_SCHEME = 'crm-notes-term';

/** The workspace glossary, relative to each workspace folder. */
export const WORKSPACE_GLOSSARY = '.crm-notes/glossary.json';
