import * as vscode from 'vscode';
import { type GlossaryDiagnostic, diagnosticMessage } from '../core/glossary/parse';
import type { Location } from '../core/location';
import { type Locale, localeFrom } from '../core/messages';

/** The one place where core data becomes VS Code data. */

/** The locale for messages the core formats: VS Code's display language, Korean first. */
export function uiLocale(): Locale {
  return localeFrom(vscode.env.language);
}

export function toDiagnostic(d: GlossaryDiagnostic, locale: Locale): vscode.Diagnostic {
  const range = new vscode.Range(d.span.line, d.span.column, d.span.endLine, d.span.endColumn);
  const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, diagnosticMessage(d, locale), severity);
  diagnostic.source = 'CRM 노트';
  diagnostic.code = d.code;
  return diagnostic;
}

/** A core location's range (one line, UTF-16 columns). */
export function toRange(at: { readonly line: number; readonly start: number; readonly end: number }): vscode.Range {
  return new vscode.Range(at.line, at.start, at.line, at.end);
}

/** A core location in a note (its `file` is a URI string) as a VS Code location. */
export function toLocation(at: Location): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(at.file), toRange(at));
}
