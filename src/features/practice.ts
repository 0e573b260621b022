import * as vscode from 'vscode';
import { type QuizNote, buildDeck } from '../core/quiz';
import type { Card } from '../core/quiz/types';
import { practicePage } from '../core/practice/page';
import { toViewCard } from '../core/practice/view';
import {
  type HostMessage,
  type IntervalLabels,
  type Rating,
  type ReviewFiles,
  ReviewStore,
  ReviewStoreError,
  Scheduler,
  type ViewMessage,
  checkAnswer,
  formatInterval,
  formatNotice,
  isSafeHref,
  isViewMessage,
  practiceStrings,
  previewLabels,
  type ChapterProgress,
  chapterProgress,
  reviewStats,
} from '../core/review';
import { statsPage } from '../core/practice/stats';
import { message } from '../core/messages';
import type { GlossarySnapshot } from '../core/service';
import type { Settings } from './config';
import { uiLocale } from './convert';
import { Commands, ContextKeys } from './ids';
import { readNote } from './quiz';
import type { WorkspaceNotes } from './workspaceNotes';

export const PRACTICE_VIEW_TYPE = 'crmNotes.practice';
const REVIEWS_FILE = '.crm-notes/reviews.json';
/** What the panel was showing, kept so a reload (the panel serializer) can show it again. */
const SESSION_KEY = 'crmNotes.practice.session';
/** Grades given in any window, counted up to `ANSWERS_FOR_WALKTHROUGH` (globalState). */
const ANSWERS_KEY = 'crmNotes.walkthrough.answers';
/** The walkthrough's "answer three cards" step. */
const ANSWERS_FOR_WALKTHROUGH = 3;

/** What a practice session shows: the due cards of every note, or a given set of cards. */
export type SessionSource =
  | { readonly kind: 'due' }
  | { readonly kind: 'cards'; readonly title: string; readonly files: readonly string[]; readonly ids: readonly string[]; readonly cram: boolean };

export interface PracticeDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly notes: WorkspaceNotes;
  readonly settings: () => Settings;
  readonly onDidChangeSettings: vscode.Event<Settings>;
  readonly maxBytes: () => number;
  readonly log: vscode.LogOutputChannel;
  /** The clock; tests inject their own. */
  readonly now?: () => Date;
}

/** The review store's files through `vscode.workspace.fs`: temp file + rename, never in place. */
class VscodeReviewFiles implements ReviewFiles {
  constructor(private readonly uri: vscode.Uri) {}

  async read(): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(this.uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return undefined;
      }
      throw error;
    }
  }

  async writeAtomic(text: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    const temp = this.uri.with({ path: `${this.uri.path}.${process.pid}.${Date.now().toString(36)}.tmp` });
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
      await vscode.workspace.fs.rename(temp, this.uri, { overwrite: true });
    } catch (error) {
      await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
      throw error;
    }
  }

  async moveAside(suffix: string): Promise<string> {
    for (let n = 0; ; n++) {
      const target = this.uri.with({ path: `${this.uri.path}.${suffix}${n === 0 ? '' : `-${n}`}` });
      try {
        await vscode.workspace.fs.stat(target);
      } catch {
        await vscode.workspace.fs.rename(this.uri, target, { overwrite: false });
        return target.fsPath;
      }
    }
  }
}

/**
 * The practice panel: one webview that shows cards one at a time with spaced repetition (FSRS),
 * a status-bar item with the number of reviews due, and the commands that open it. Grades are
 * saved in `.crm-notes/reviews.json` (the extension's global storage without a folder).
 */
export class Practice implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly status: vscode.StatusBarItem;
  private store: ReviewStore | undefined;
  private loaded: Promise<ReviewStore> | undefined;
  private readonly progressChanged = new vscode.EventEmitter<void>();
  /** Fires when grades change what the tree shows per chapter. */
  readonly onDidChangeProgress = this.progressChanged.event;
  private progressMap: Map<string, ChapterProgress> | undefined;
  private session: { source: SessionSource; cards: Map<string, Card>; order: readonly Card[]; ratings: [number, number, number, number]; graded: number; started: number } | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: PracticeDeps,
  ) {
    this.status = vscode.window.createStatusBarItem('crmNotes.reviewsDue', vscode.StatusBarAlignment.Right, 100);
    this.status.name = vscode.l10n.t('CRM Notes: reviews due');
    this.status.command = Commands.practice;
    this.disposables.push(
      this.status,
      vscode.window.registerWebviewPanelSerializer(PRACTICE_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => {
          const source = this.context.workspaceState.get<SessionSource>(SESSION_KEY) ?? { kind: 'due' };
          await this.show(isSource(source) ? source : { kind: 'due' }, panel);
        },
      }),
      deps.onDidChangeSettings(() => {
        this.store?.useScheduler(this.scheduler());
        void this.updateStatus();
      }),
      this.progressChanged,
      vscode.commands.registerCommand(Commands.showStatistics, () => this.showStatistics()),
    );
    // A step done once stays done: the key is set again in every window from the stored count.
    if (this.context.globalState.get<number>(ANSWERS_KEY, 0) >= ANSWERS_FOR_WALKTHROUGH) {
      void vscode.commands.executeCommand('setContext', ContextKeys.answeredThree, true);
    }
    // Another window (or a sync tool) changed the review file: merge it in, so no grade is lost.
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder !== undefined) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, REVIEWS_FILE));
      const changed = (): void => {
        void this.store?.sync(this.now()).then(() => this.updateStatus(), (error: unknown) => this.deps.log.warn(`reviews: sync failed: ${String(error)}`));
      };
      this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed));
    }
    void this.updateStatus();
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private scheduler(): Scheduler {
    const settings = this.deps.settings();
    return new Scheduler({
      retention: settings.practiceRetention,
      newPerDay: settings.practiceNewPerDay,
      ...(settings.practiceExamDate === undefined ? {} : { examDate: settings.practiceExamDate }),
    });
  }

  /** The review store, loaded once; a damaged or newer file is reported here, in the user's words. */
  reviews(): Promise<ReviewStore> {
    this.loaded ??= (async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = folder === undefined ? vscode.Uri.joinPath(this.context.globalStorageUri, 'reviews.json') : vscode.Uri.joinPath(folder, REVIEWS_FILE);
      const store = new ReviewStore(new VscodeReviewFiles(uri), this.scheduler(), {
        onNotice: (notice) => {
          const text = formatNotice(notice, uiLocale());
          this.deps.log.warn(text);
          void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: {0}', text));
        },
      });
      try {
        await store.load(this.now());
      } catch (error) {
        this.deps.log.error(`reviews: ${String(error)}`);
      }
      this.store = store;
      return store;
    })();
    return this.loaded;
  }

  /** The reviews due now (graded cards only; new cards are not counted). */
  async dueCount(): Promise<number> {
    const store = await this.reviews();
    const states = store.data.cards;
    // The scheduler's own rule for "due today" (study days, learning steps, exam eve).
    return this.scheduler().queue([...states.keys()].map((id) => ({ id })), states, this.now(), { mode: 'due', newPerDay: 0 }).reviews;
  }

  /** Mastery and due cards per chapter, for the chapter tree (undefined until the file is read). */
  progress(): ReadonlyMap<string, ChapterProgress> | undefined {
    return this.progressMap;
  }

  async updateStatus(): Promise<void> {
    const store = await this.reviews();
    const { glossary } = this.deps.snapshot();
    this.progressMap = chapterProgress(store.data, this.scheduler(), this.now(), (id) => glossary.chapters.get(id)?.parent);
    this.progressChanged.fire();
    const due = await this.dueCount();
    this.status.text = `$(mortar-board) ${vscode.l10n.t('Reviews {0}', due)}`;
    this.status.tooltip = vscode.l10n.t('CRM Notes: {0} cards to review today. Click to practise.', due);
    this.status.show();
  }

  /** Opens the panel on a session; returns the ids of the cards it shows, in order. */
  async show(source: SessionSource, restored?: vscode.WebviewPanel): Promise<readonly string[]> {
    const cards = await this.cardsOf(source);
    const store = await this.reviews();
    const scheduler = this.scheduler();
    const now = this.now();
    const states = new Map([...store.data.cards].map(([id, s]) => [id, s]));
    const cram = source.kind === 'cards' && source.cram;
    // A quiz just made shows all its cards (graded into the schedule); due mode follows FSRS.
    const order =
      source.kind === 'due'
        ? scheduler.queue(cards, states, now, { mode: 'due', newSeenToday: scheduler.newSeenToday(store.data.log, now) }).cards
        : scheduler.queue(cards, states, now, { mode: 'cram' }).cards;
    this.session = { source, cards: new Map(order.map((c) => [c.id, c])), order, ratings: [0, 0, 0, 0], graded: 0, started: now.getTime() };
    await this.context.workspaceState.update(SESSION_KEY, source);
    const panel = restored ?? this.panel ?? this.createPanel();
    if (restored !== undefined) {
      this.adopt(restored);
    }
    panel.title = source.kind === 'due' ? vscode.l10n.t('Practice') : vscode.l10n.t('Practice: {0}', source.title);
    if (panel.webview.html === '') {
      panel.webview.html = this.html(panel.webview);
    } else {
      void this.post(this.init(cram));
    }
    panel.reveal(undefined, false);
    return order.map((c) => c.id);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(PRACTICE_VIEW_TYPE, vscode.l10n.t('Practice'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
    this.adopt(panel);
    return panel;
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview')] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icons', 'crm-notes.svg');
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        if (!isViewMessage(raw)) {
          this.deps.log.warn(`practice: dropped a malformed message from the panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
          return;
        }
        void this.receive(raw);
      }),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
        }
        for (const s of subscriptions) {
          s.dispose();
        }
      }),
    ];
  }

  private html(webview: vscode.Webview): string {
    const base = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    return practicePage({
      nonce: Buffer.from(bytes).toString('base64url'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(base, 'practice.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(base, 'practice.css')).toString(),
      lang: uiLocale(),
      title: vscode.l10n.t('Practice'),
    });
  }

  private post(message: HostMessage): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  private intervals(card: Card): IntervalLabels {
    const state = this.store?.state(card.id);
    const labels = previewLabels(this.scheduler().preview(state, this.now()), uiLocale());
    return [labels[0] ?? '', labels[1] ?? '', labels[2] ?? '', labels[3] ?? ''];
  }

  private init(cram: boolean): HostMessage {
    const locale = uiLocale();
    const order = this.session?.order ?? [];
    return {
      type: 'init',
      mode: cram ? 'cram' : 'due',
      strings: practiceStrings(locale),
      settings: { locale, showHints: true, typeAnswers: true },
      cards: order.map((card) => toViewCard(card, { intervals: this.intervals(card), sourceLabel: sourceLabel(card), blankLabel: vscode.l10n.t('blank') })),
    };
  }

  private async receive(msg: ViewMessage): Promise<void> {
    const session = this.session;
    switch (msg.type) {
      case 'ready':
        await this.post(this.init(session?.source.kind === 'cards' && session.source.cram));
        if (session !== undefined && session.order.length === 0) {
          await this.post(this.summary());
        }
        return;
      case 'reveal':
        return;
      case 'answer': {
        const card = session?.cards.get(msg.cardId);
        if (card === undefined) {
          return;
        }
        const { index } = this.deps.snapshot();
        const input = 'typed' in msg ? { typed: msg.typed } : 'order' in msg ? { order: msg.order } : { choice: msg.choice };
        const check = checkAnswer(card, input, { termOf: (word) => index.lookup(word)?.id });
        await this.post({
          type: 'checked',
          cardId: card.id,
          verdict: check.verdict,
          expected: check.expected,
          ...(check.items === undefined ? {} : { items: check.items.map((i) => ({ expected: i.expected, verdict: i.verdict, ...(i.typed === undefined ? {} : { typed: i.typed }) })) }),
          ...(check.missing === undefined ? {} : { missing: check.missing }),
          ...(check.extra === undefined ? {} : { extra: check.extra }),
        });
        return;
      }
      case 'grade':
        await this.grade(msg.cardId, msg.rating, msg.elapsedMs);
        return;
      case 'openSource': {
        const card = session?.cards.get(msg.cardId);
        if (card !== undefined) {
          const line = Math.max(0, card.source.line);
          await vscode.window.showTextDocument(vscode.Uri.parse(card.source.file), { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
        }
        return;
      }
      case 'openLink':
        if (isSafeHref(msg.href)) {
          await vscode.env.openExternal(vscode.Uri.parse(msg.href, true));
        }
        return;
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  /** Records a grade (not in cram mode) and, after the last card, the session summary. */
  async grade(cardId: string, rating: Rating, elapsedMs: number): Promise<void> {
    const session = this.session;
    const card = session?.cards.get(cardId);
    if (session === undefined || card === undefined) {
      return;
    }
    session.ratings[rating - 1]++;
    session.graded++;
    this.countAnswer();
    if (!(session.source.kind === 'cards' && session.source.cram)) {
      try {
        const store = await this.reviews();
        const now = this.now();
        const result = await store.grade({ cardId, rating, now, elapsedMs, file: card.source.file, ...(card.chapter === undefined ? {} : { chapter: card.chapter }) });
        await this.post({
          type: 'graded',
          cardId,
          due: result.state.due,
          dueLabel: formatInterval(Math.max(0, Date.parse(result.state.due) - now.getTime()), uiLocale()),
          intervals: this.intervals(card),
        });
      } catch (error) {
        const text = error instanceof ReviewStoreError ? formatNotice(error, uiLocale()) : String(error);
        this.deps.log.error(`practice: grade of ${cardId} not saved: ${text}`);
        await this.post({ type: 'notice', text: `${message(uiLocale(), 'practice.notSaved')}: ${text}`, cardId });
      }
      void this.updateStatus();
    }
    if (session.graded >= session.order.length) {
      await this.post(this.summary());
    }
  }

  /**
   * Counts a grade towards the walkthrough's third card, then sets `crmNotes.answeredThree`
   * (`onContext:crmNotes.answeredThree`). Read and written without an await in between, so two
   * grades in quick succession both count.
   */
  private countAnswer(): void {
    const answers = this.context.globalState.get<number>(ANSWERS_KEY, 0);
    if (answers >= ANSWERS_FOR_WALKTHROUGH) {
      return;
    }
    void this.context.globalState.update(ANSWERS_KEY, answers + 1);
    if (answers + 1 >= ANSWERS_FOR_WALKTHROUGH) {
      void vscode.commands.executeCommand('setContext', ContextKeys.answeredThree, true);
    }
  }

  private summary(): HostMessage {
    const locale = uiLocale();
    const ratings = this.session?.ratings ?? [0, 0, 0, 0];
    const reviewed = this.session?.graded ?? 0;
    let next: string | undefined;
    const now = this.now().getTime();
    for (const state of this.store?.data.cards.values() ?? []) {
      if (Date.parse(state.due) > now && (next === undefined || state.due < next)) {
        next = state.due;
      }
    }
    const minutes = Math.max(0, Math.round((now - (this.session?.started ?? now)) / 60_000));
    const parts = [message(locale, 'practice.summary', reviewed, ...ratings), message(locale, 'interval.minutes', minutes)];
    if (next !== undefined) {
      parts.push(message(locale, 'practice.nextDue', formatInterval(Date.parse(next) - now, locale)));
    }
    return { type: 'summary', reviewed, ratings: [...ratings] as [number, number, number, number], text: parts.join(' · '), ...(next === undefined ? {} : { nextDue: next }) };
  }

  /** The statistics view: reviews per day, retention, the 30-day forecast, as SVG charts. */
  async showStatistics(): Promise<vscode.WebviewPanel> {
    const store = await this.reviews();
    const stats = reviewStats(store.data, this.scheduler(), this.now());
    const locale = uiLocale();
    const panel = vscode.window.createWebviewPanel('crmNotes.statistics', vscode.l10n.t('Study statistics'), vscode.ViewColumn.Beside, {
      enableScripts: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview')],
    });
    const style = panel.webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', 'practice.css')).toString();
    const format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { month: 'numeric', day: 'numeric' });
    panel.webview.html = statsPage(
      stats,
      {
        title: vscode.l10n.t('Study statistics'),
        perDay: vscode.l10n.t('Reviews per day (last 30 days)'),
        forecast: vscode.l10n.t('Cards due (next 30 days)'),
        retention: vscode.l10n.t('Remembered (30 days)'),
        noGrades: vscode.l10n.t('no reviews yet'),
        cards: vscode.l10n.t('Cards studied'),
        count: (n) => (n === 1 ? vscode.l10n.t('1 card') : vscode.l10n.t('{0} cards', n)),
        day: (ms) => format.format(new Date(ms)),
      },
      { cspSource: panel.webview.cspSource, styleUri: style, lang: locale },
    );
    return panel;
  }

  private async cardsOf(source: SessionSource): Promise<Card[]> {
    await this.deps.notes.ready();
    const files = source.kind === 'due' ? this.deps.notes.index.files() : source.files;
    const notes: QuizNote[] = [];
    for (const file of files) {
      const note = await readNote(file);
      if (note !== undefined) {
        notes.push(note);
      }
    }
    const { index, glossary } = this.deps.snapshot();
    const deck = buildDeck(notes, index, glossary, {}, { maxBytes: this.deps.maxBytes() });
    if (source.kind === 'due') {
      return deck;
    }
    const wanted = new Set(source.ids);
    return deck.filter((c) => wanted.has(c.id));
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

function isSource(value: unknown): value is SessionSource {
  const v = value as { kind?: unknown; title?: unknown; files?: unknown; ids?: unknown; cram?: unknown } | undefined;
  return (
    v?.kind === 'due' ||
    (v?.kind === 'cards' && typeof v.title === 'string' && Array.isArray(v.files) && v.files.every((f) => typeof f === 'string') && Array.isArray(v.ids) && v.ids.every((i) => typeof i === 'string') && typeof v.cram === 'boolean')
  );
}

function sourceLabel(card: Card): string {
  const uri = vscode.Uri.parse(card.source.file);
  return `${vscode.workspace.asRelativePath(uri)}:${card.source.line + 1}`;
}

/** The practice commands; returns the panel owner (for the quiz commands and the tree). */
export function registerPractice(context: vscode.ExtensionContext, deps: PracticeDeps): Practice {
  const practice = new Practice(context, deps);
  context.subscriptions.push(
    practice,
    vscode.commands.registerCommand(Commands.practice, () => practice.show({ kind: 'due' })),
  );
  return practice;
}

/** A made quiz as a practice session: its notes and cards; `cram` leaves the schedule alone. */
export function quizSession(title: string, cards: readonly Card[], cram: boolean): SessionSource {
  return { kind: 'cards', title, files: [...new Set(cards.map((c) => c.source.file))], ids: cards.map((c) => c.id), cram };
}
