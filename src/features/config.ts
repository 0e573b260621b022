import * as vscode from 'vscode';
import { SETTINGS_SECTION, type Settings, settingsFrom } from '../core/settings';

export type { Settings } from '../core/settings';

/** The extension's settings, typed. Read here, never field by field elsewhere (the rules are in core/settings.ts). */
export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return settingsFrom((key) => config.get<unknown>(key));
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
      if (event.affectsConfiguration(SETTINGS_SECTION)) {
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
