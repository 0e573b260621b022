import * as vscode from 'vscode';
import { type GlossaryDiagnostic, diagnosticMessage } from '../core/glossary/parse';
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

export function toRange(line: number, start: number, end: number): vscode.Range {
  return new vscode.Range(line, start, line, end);
}
