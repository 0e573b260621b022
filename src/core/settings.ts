/**
 * The extension's settings as plain data: which keys it reads and how a raw value (whatever the
 * user wrote in settings.json, or nothing) becomes a typed one. Pure, so a unit test checks it
 * against package.json (`contributes.configuration`) and the README tables; `features/config.ts`
 * hands it VS Code's configuration.
 */

/** The section every key is under: `crmNotes.hover.enabled`. */
export const SETTINGS_SECTION = 'crmNotes';

export interface Settings {
  readonly hoverEnabled: boolean;
  readonly hoverMaxFileSizeMB: number;
  readonly glossaryFiles: readonly string[];
  readonly completionWhileTyping: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly underlineEnabled: boolean;
  /** FSRS desired retention, 0.7–0.99. */
  readonly practiceRetention: number;
  readonly practiceNewPerDay: number;
  /** The exam day (`YYYY-MM-DD`), or undefined. */
  readonly practiceExamDate: string | undefined;
}

/**
 * The typed settings from `get(key)` (a key under `crmNotes.`, as `config.get` takes it). A value
 * of the wrong type or out of the range package.json declares falls back to the default there.
 *
 * @example settingsFrom(() => undefined).practiceNewPerDay // 20
 * @example settingsFrom((k) => (k === 'practice.examDate' ? '2025-02-30' : undefined)).practiceExamDate // undefined (2월 30일은 없음)
 */
export function settingsFrom(get: (key: string) => unknown): Settings {
  const files = get('glossary.files');
  return {
    hoverEnabled: get('hover.enabled') !== false,
    hoverMaxFileSizeMB: numberIn(get('hover.maxFileSizeMB'), 1, 64, 8),
    glossaryFiles: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    completionWhileTyping: get('completion.whileTyping') === true,
    diagnosticsEnabled: get('diagnostics.enabled') !== false,
    underlineEnabled: get('underline.enabled') === true,
    practiceRetention: numberIn(get('practice.retention'), 0.7, 0.99, 0.9),
    practiceNewPerDay: Math.round(numberIn(get('practice.newCardsPerDay'), 0, 9999, 20)),
    practiceExamDate: examDate(get('practice.examDate')),
  };
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** A real calendar day `YYYY-MM-DD`, or undefined (empty or malformed: no exam mode). */
function examDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    return undefined;
  }
  const day = new Date(`${value.trim()}T00:00:00Z`);
  return Number.isFinite(day.getTime()) && day.toISOString().startsWith(value.trim()) ? value.trim() : undefined;
}
