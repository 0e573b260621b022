import * as vscode from 'vscode';

/** The extension's settings, typed. Read through `readSettings`, never field by field elsewhere. */
export interface Settings {
  readonly hoverEnabled: boolean;
  readonly hoverMaxFileSizeMB: number;
  readonly glossaryFiles: readonly string[];
  readonly completionWhileTyping: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly underlineEnabled: boolean;
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
  };
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
