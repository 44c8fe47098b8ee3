/** Wires the connection: capabilities, document sync, scheduling and every request handler. */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeError,
  type InitializeResult,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, resolveFixAll, type FixAllData } from './actions';
import { FIX_ALL_KIND, NOTE_COUNTS_METHOD } from '../protocol';
import { Analyses, documentDiagnostics, type AnalysedDocument } from './analysis';
import { ChangeTracker } from './changes';
import { completion } from './completion';
import { clampOffset, diagnosticShape } from './convert';
import { hover } from './hover';
import { codeLenses, documentSymbols, foldingRanges, inlayHints, NOTE_INFO_COMMAND, noteCounts } from './notes';
import { CONFIG_FILE_NAME } from '../config-file';
import { SettingsCache } from './settings';
import { VERSION } from '../version';
import { DEFAULT_OPTIONS, warmUp } from '../core';


/** Documents above this size whose last analysis was expensive get their bursts of edits coalesced. */
const LARGE_DOCUMENT = 200_000;
const EXPENSIVE_MS = 50;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const changes = new ChangeTracker();
  const documents = new TextDocuments({ create: TextDocument.create, update: changes.update });
  const analyses = new Analyses(changes);
  let capabilities: ClientCapabilities = {};
  let hasConfiguration = false;
  let pullDiagnostics = false;
  let settingsGeneration = 0;
  /** LSP lifecycle: requests before `initialize` and after `shutdown` are refused. */
  let phase: 'new' | 'initialized' | 'shutdown' = 'new';
  const timers = new Map<string, NodeJS.Timeout>();
  /** Per document, the version and settings generation last published (`version:generation`). */
  const published = new Map<string, string>();

  const settings = new SettingsCache({
    fetchEditorSettings: async (uri) =>
      hasConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'inviteLint' }) : undefined,
    // A notification, never showMessageRequest: headless and terminal clients block on requests.
    warn: (message) => {
      connection.console.info(`Invite Lint: ${message}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
  });

  function uriOf(params: unknown): string | undefined {
    const textDocument = (params as { textDocument?: TextDocumentIdentifier } | undefined)?.textDocument;
    return typeof textDocument?.uri === 'string' ? textDocument.uri : undefined;
  }

  async function analysedFor(
    params: unknown,
  ): Promise<{ document: TextDocument; analysed: AnalysedDocument } | undefined> {
    return analysedAt(uriOf(params));
  }

  async function analysedAt(uri: string | undefined): Promise<{ document: TextDocument; analysed: AnalysedDocument } | undefined> {
    const document = uri === undefined ? undefined : documents.get(uri);
    if (!document) return undefined;
    const documentSettings = settings.peek(document.uri) ?? (await settings.get(document.uri));
    const current = documents.get(document.uri) ?? document;
    return { document: current, analysed: analyses.get(current, documentSettings) };
  }

  /** Wraps a handler: a thrown error becomes a clean error response, never a crash. */
  function guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      if (phase === 'new') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Invite Lint: the server is not initialized yet.');
      if (phase === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'Invite Lint: the server is shut down.');
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`Invite Lint: ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        throw new ResponseError(ErrorCodes.InternalError, `Invite Lint: ${name} failed: ${errorMessage(error)}`);
      }
    };
  }

  async function validate(uri: string): Promise<void> {
    if (pullDiagnostics) return;
    const document = documents.get(uri);
    if (!document) return;
    const generation = settingsGeneration;
    const documentSettings = settings.peek(uri) ?? (await settings.get(uri));
    const current = documents.get(uri);
    // A newer version, or new settings, have their own validation queued; never publish for stale ones.
    if (!current || current.version !== document.version || generation !== settingsGeneration) return;
    // Once per version and settings state, however many validations were queued for it.
    const state = `${current.version}:${generation}`;
    if (published.get(uri) === state) return;
    const analysed = analyses.get(current, documentSettings);
    published.set(uri, state);
    await connection.sendDiagnostics({ uri, version: current.version, diagnostics: documentDiagnostics(current, analysed) });
  }

  function runValidation(uri: string): void {
    validate(uri).catch((error) => connection.console.error(`Invite Lint: checking ${uri} failed: ${errorMessage(error)}`));
  }

  /** No delay for ordinary documents; per-document coalescing when analysis is expensive. */
  function schedule(document: TextDocument): void {
    const uri = document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    const cost = analyses.lastCost(uri);
    if (document.getText().length > LARGE_DOCUMENT && cost > EXPENSIVE_MS) {
      const delay = Math.min(250, cost);
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          runValidation(uri);
        }, delay),
      );
    } else {
      runValidation(uri);
    }
  }

  function refreshAll(): void {
    settingsGeneration++;
    settings.clear();
    for (const document of documents.all()) schedule(document);
    const workspace = capabilities.workspace;
    const ignore = () => undefined;
    if (pullDiagnostics && workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh().catch(ignore);
    if (workspace?.codeLens?.refreshSupport) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
    if (workspace?.inlayHint?.refreshSupport) connection.languages.inlayHint.refresh().catch(ignore);
  }

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (phase !== 'new') return new ResponseError<InitializeError>(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already initialized.', { retry: false });
    phase = 'initialized';
    capabilities = params.capabilities ?? {};
    hasConfiguration = capabilities.workspace?.configuration === true;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    diagnosticShape.docsLinks = capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true || pullDiagnostics;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor, CodeActionKind.RefactorRewrite], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        // The code lenses' command: a no-op, so that clicking a lens is harmless in any client.
        executeCommandProvider: { commands: [NOTE_INFO_COMMAND] },
        inlayHintProvider: true,
        hoverProvider: true,
        // '#' opens the header names; nothing opens on a space, so that writing prose is never interrupted.
        completionProvider: { triggerCharacters: ['#'], resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'invite-lint', version: VERSION },
    };
    if (pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'invite-lint', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    connection.console.info(`Invite Lint ${VERSION} started (Node ${process.version}); settings from ${hasConfiguration ? 'the editor and ' : ''}.invitelintrc.json files`);
    // The first note after start would otherwise pay for compiling every rule's patterns.
    setImmediate(() => warmUp(DEFAULT_OPTIONS));
    const ignore = () => undefined;
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'inviteLint' }).catch(ignore);
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(ignore);
    }
  });

  connection.onDidChangeConfiguration(() => refreshAll());
  connection.onDidChangeWatchedFiles((params) => {
    if ((params?.changes ?? []).some((change) => typeof change?.uri === 'string' && change.uri.endsWith(CONFIG_FILE_NAME))) refreshAll();
  });

  // Opening a document fires onDidChangeContent too: one validation per open.
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    analyses.forget(uri);
    settings.forget(uri);
    published.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', async (params) => {
      const found = await analysedFor(params);
      if (!found) return { kind: 'full' as const, items: [] };
      const resultId = `${found.document.version}:${settingsGeneration}`;
      if (params.previousResultId === resultId) return { kind: 'unchanged' as const, resultId };
      return { kind: 'full' as const, resultId, items: documentDiagnostics(found.document, found.analysed) };
    }),
  );

  connection.onCodeAction(
    guard('code actions', async (params) => {
      const found = await analysedFor(params);
      if (!found) return [];
      const { document } = found;
      const range = params.range && params.range.start ? params.range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const clamped = { start: document.positionAt(clampOffset(document, range.start)), end: document.positionAt(clampOffset(document, range.end)) };
      const codeAction = capabilities.textDocument?.codeAction;
      const lazyFixAll = codeAction?.codeActionLiteralSupport !== undefined && codeAction.resolveSupport?.properties?.includes('edit') === true;
      return codeActions(document, found.analysed, clamped, params.context ?? { diagnostics: [] }, lazyFixAll);
    }),
  );

  connection.onCodeActionResolve(
    guard('code action resolve', async (action) => {
      const uri = (action?.data as Partial<FixAllData> | undefined)?.fixAll;
      if (action?.kind !== FIX_ALL_KIND || typeof uri !== 'string') return action;
      const found = await analysedAt(uri);
      return found ? resolveFixAll(found.document, found.analysed, action) : { ...action, edit: { changes: {} } };
    }),
  );

  connection.onExecuteCommand(guard('execute command', () => null));

  connection.onCodeLens(guard('code lens', async (params) => {
    const found = await analysedFor(params);
    return found ? codeLenses(found.document, found.analysed) : [];
  }));

  connection.languages.inlayHint.on(guard('inlay hints', async (params) => {
    const found = await analysedFor(params);
    if (!found) return [];
    const { document } = found;
    const range = params.range?.start ? { start: document.positionAt(clampOffset(document, params.range.start)), end: document.positionAt(clampOffset(document, params.range.end)) } : undefined;
    return inlayHints(document, found.analysed, range);
  }));

  connection.onHover(guard('hover', async (params) => {
    const found = await analysedFor(params);
    if (!found) return null;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    // Markdown only for clients that list it; plain text is the protocol's default.
    const markdown = Array.isArray(formats) && formats.includes(MarkupKind.Markdown);
    return hover(found.document, found.analysed, clampOffset(found.document, params.position), markdown);
  }));

  connection.onCompletion(guard('completion', async (params) => {
    const found = await analysedFor(params);
    if (!found) return [];
    const snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return completion(found.document, found.analysed, clampOffset(found.document, params.position), snippets);
  }));

  connection.onDocumentSymbol(guard('document symbols', async (params) => {
    const found = await analysedFor(params);
    return found ? documentSymbols(found.document, found.analysed) : [];
  }));

  connection.onFoldingRanges(guard('folding ranges', async (params) => {
    const found = await analysedFor(params);
    return found ? foldingRanges(found.document, found.analysed) : [];
  }));

  connection.onRequest(NOTE_COUNTS_METHOD, guard('note counts', async (params: unknown) => {
    const found = await analysedFor(params);
    return found ? noteCounts(found.document, found.analysed) : [];
  }));

  connection.onShutdown(() => {
    if (phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already shut down.');
    phase = 'shutdown';
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
