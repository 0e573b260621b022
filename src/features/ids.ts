/** Command ids, in one place: package.json, handlers and tests use the same constants. */
export const Commands = {
  showTerm: 'crmNotes.showTerm',
  openSampleNotes: 'crmNotes.openSampleNotes',
  reloadGlossary: 'crmNotes.reloadGlossary',
  createWorkspaceGlossary: 'crmNotes.createWorkspaceGlossary',
  revealTerm: 'crmNotes.revealTerm',
  filterSyllabus: 'crmNotes.filterSyllabus',
  refreshTrees: 'crmNotes.refreshTrees',
  findMentions: 'crmNotes.findMentions',
  openTermNode: 'crmNotes.openTermNode',
  createNote: 'crmNotes.createNote',
  addAlias: 'crmNotes.addAlias',
  harvest: 'crmNotes.harvest',
  quizFromNote: 'crmNotes.quizFromNote',
  quizFromOpenNotes: 'crmNotes.quizFromOpenNotes',
  quizFromSelection: 'crmNotes.quizFromSelection',
  quizFromChapter: 'crmNotes.quizFromChapter',
  exportQuiz: 'crmNotes.exportQuiz',
  cramQuiz: 'crmNotes.cramQuiz',
  practice: 'crmNotes.practice',
  showStatistics: 'crmNotes.showStatistics',
  cramChapter: 'crmNotes.cramChapter',
} as const;

/** Views of the activity-bar container `crmNotes`. */
export const Views = {
  syllabus: 'crmNotes.syllabus',
  notes: 'crmNotes.notes',
} as const;

/** Context keys the views' welcome content, menus and the Getting Started walkthrough read. */
export const ContextKeys = {
  noNotes: 'crmNotes.noNotes',
  /** A hover has shown a term's definition in this window (walkthrough step 2). */
  hovered: 'crmNotes.hovered',
  /** Three cards have been graded, ever (walkthrough step 5; kept in globalState). */
  answeredThree: 'crmNotes.answeredThree',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** URI scheme of the read-only term pages opened by `crmNotes.showTerm`. */
export const TERM_SCHEME = 'crm-notes-term';

/** The workspace glossary, relative to each workspace folder. */
export const WORKSPACE_GLOSSARY = '.crm-notes/glossary.json';
