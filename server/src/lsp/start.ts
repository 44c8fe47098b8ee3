/** Wires the connection: capabilities, document sync, scheduling and every request handler. */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  type Connection,
  type InitializeError,
  type InitializeResult,
  type Position,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, resolveFixAll, type FixAllData } from './actions';
import { FIX_ALL_KIND, NOTE_COUNTS_METHOD, PREVIEW_METHOD, RECIPIENTS_METHOD } from '../protocol';
import { previewOf, recipientsAt } from './campaign';
import { Analyses, documentDiagnostics, type AnalysedDocument } from './analysis';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './capabilities';
import { ChangeTracker } from './changes';
import { completion } from './completion';
import { clampOffset, diagnosticShape } from './convert';
import { hover } from './hover';
import { codeLenses, documentSymbols, foldingRanges, inlayHints, noteCounts } from './notes';
import { Publisher } from './publisher';
import { isListDocument, isListFile, LIST_FILES, ListReader } from './lists';
import { CONFIG_FILE_NAME } from '../config-file';
import { SettingsCache } from './settings';
import { VERSION } from '../version';
import { DEFAULT_OPTIONS, warmUp } from '../core';

/** Typing in a list re-checks its templates once the typing pauses, not on every key. */
const LIST_EDIT_DELAY_MS = 300;

const NOT_OPEN = { problem: 'the document is not open in the editor' };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const changes = new ChangeTracker();
  const documents = new TextDocuments({ create: TextDocument.create, update: changes.update });
  const lists = new ListReader();
  const analyses = new Analyses(changes, lists);
  let features: ClientFeatures = clientFeatures();
  /** LSP lifecycle: requests before `initialize` and after `shutdown` are refused. */
  let phase: 'new' | 'initialized' | 'shutdown' = 'new';

  const settings = new SettingsCache({
    fetchEditorSettings: async (uri) =>
      features.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'inviteLint' }) : undefined,
    // A notification, never showMessageRequest: headless and terminal clients block on requests.
    warn: (message) => {
      connection.console.info(`Invite Lint: ${message}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
  });
  const publisher = new Publisher(connection, documents, analyses, settings, () => features.pullDiagnostics);

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
    if (!document || isListDocument(document)) return undefined;
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

  function refreshAll(): void {
    publisher.refreshAll();
    const ignore = () => undefined;
    if (features.refresh.diagnostics) connection.languages.diagnostics.refresh().catch(ignore);
    if (features.refresh.codeLens) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
    if (features.refresh.inlayHint) connection.languages.inlayHint.refresh().catch(ignore);
  }

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (phase !== 'new') return new ResponseError<InitializeError>(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already initialized.', { retry: false });
    phase = 'initialized';
    features = clientFeatures(params.capabilities);
    lists.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    diagnosticShape.docsLinks = features.docsLinks;
    return serverCapabilities(features);
  });

  connection.onInitialized(() => {
    connection.console.info(`Invite Lint ${VERSION} started (Node ${process.version}); settings from ${features.configuration ? 'the editor and ' : ''}.invitelintrc.json files`);
    // The first note after start would otherwise pay for compiling every rule's patterns.
    setImmediate(() => warmUp(DEFAULT_OPTIONS));
    const ignore = () => undefined;
    if (features.registerConfigurationChange) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'inviteLint' }).catch(ignore);
    }
    if (features.registerFileWatchers) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: LIST_FILES }] }).catch(ignore);
    }
  });

  connection.onDidChangeConfiguration(() => refreshAll());
  connection.onDidChangeWatchedFiles((params) => {
    const uris = (params?.changes ?? []).flatMap((change) => (typeof change?.uri === 'string' ? [change.uri] : []));
    // A saved list re-checks its templates: their summaries are stale once the file's stamp changes.
    if (uris.some((uri) => uri.endsWith(CONFIG_FILE_NAME) || isListFile(uri))) refreshAll();
  });

  let listEdit: NodeJS.Timeout | undefined;
  /** An open list's text stands in for its file until it is closed. */
  function listChanged(document: TextDocument, open: boolean): void {
    lists.setEdited(document.uri, open ? { text: document.getText(), version: document.version } : undefined);
    clearTimeout(listEdit);
    listEdit = setTimeout(refreshAll, LIST_EDIT_DELAY_MS);
  }

  // Opening a document fires onDidChangeContent too: one validation per open.
  documents.onDidChangeContent((event) => (isListDocument(event.document) ? listChanged(event.document, true) : publisher.schedule(event.document)));
  documents.onDidClose((event) => {
    if (isListDocument(event.document)) return listChanged(event.document, false);
    const uri = event.document.uri;
    publisher.close(uri);
    analyses.forget(uri);
    settings.forget(uri);
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', async (params) => {
      const found = await analysedFor(params);
      if (!found) return { kind: 'full' as const, items: [] };
      const resultId = `${found.document.version}:${publisher.generation}`;
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
      return codeActions(document, found.analysed, clamped, params.context ?? { diagnostics: [] }, features.lazyFixAll);
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
    return hover(found.document, found.analysed, clampOffset(found.document, params.position), features.markdownHover);
  }));

  connection.onCompletion(guard('completion', async (params) => {
    const found = await analysedFor(params);
    if (!found) return [];
    return completion(found.document, found.analysed, clampOffset(found.document, params.position), features.snippets);
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

  connection.onRequest(RECIPIENTS_METHOD, guard('recipients', async (params: { position?: Position } | undefined) => {
    const found = await analysedFor(params);
    return found ? recipientsAt(found.document, found.analysed, clampOffset(found.document, params?.position), lists) : NOT_OPEN;
  }));

  connection.onRequest(PREVIEW_METHOD, guard('preview', async (params: { note?: unknown; row?: unknown } | undefined) => {
    const { note, row } = params ?? {};
    if (!Number.isInteger(note) || !Number.isInteger(row)) throw new ResponseError(ErrorCodes.InvalidParams, 'Invite Lint: preview needs a note index and a row number.');
    const found = await analysedFor(params);
    return found ? previewOf(found.document, found.analysed, note as number, row as number, lists) : NOT_OPEN;
  }));

  connection.onShutdown(() => {
    if (phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already shut down.');
    phase = 'shutdown';
    clearTimeout(listEdit);
    publisher.stop();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
