import { type Glossary, buildGlossary } from './glossary/glossary';
import type { ParsedGlossary } from './glossary/parse';
import { TermIndex } from './matcher';

/** A glossary and its matcher, built together so they always agree. */
export interface GlossarySnapshot {
  readonly glossary: Glossary;
  readonly index: TermIndex;
}

/** Merges parsed glossary files (bundled, user, workspace) and builds the matcher over them. */
export function buildSnapshot(files: readonly ParsedGlossary[]): GlossarySnapshot {
  return snapshotOf(buildGlossary(files));
}

/** The matcher over a glossary that is already merged (the bundled one compiled at build time). */
export function snapshotOf(glossary: Glossary): GlossarySnapshot {
  return { glossary, index: TermIndex.fromGlossary(glossary) };
}
