import * as vscode from 'vscode';

/** The extension's settings, typed. Read through `readSettings`, never field by field elsewhere. */
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

const SECTION = 'crmNotes';

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const files = config.get<unknown>('glossary.files');
  const max = config.get<unknown>('hover.maxFileSizeMB');
  return {
    hoverEnabled: config.get<unknown>('hover.enabled') !== false,
    hoverMaxFileSizeMB: typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : 8,
    glossaryFiles: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    completionWhileTyping: config.get<unknown>('completion.whileTyping') === true,
    diagnosticsEnabled: config.get<unknown>('diagnostics.enabled') !== false,
    underlineEnabled: config.get<unknown>('underline.enabled') === true,
    practiceRetention: numberIn(config.get<unknown>('practice.retention'), 0.7, 0.99, 0.9),
    practiceNewPerDay: Math.round(numberIn(config.get<unknown>('practice.newCardsPerDay'), 0, 9999, 20)),
    practiceExamDate: examDate(config.get<unknown>('practice.examDate')),
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

/**
 * Holds the current settings and re-reads them only when a change touches our section.
 * Providers get getters (`() => settings.current.hoverEnabled`), never the configuration object.
 */
export class SettingsStore implements vscode.Disposable {
  private value = readSettings();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) {
        this.value = readSettings();
        this.emitter.fire(this.value);
      }
    });
  }

  get current(): Settings {
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
