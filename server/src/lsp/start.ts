/**
 * Wires the connection: the lifecycle, document sync (notes are checked, open lists stand in for
 * their files), settings and file watching; every request about a document comes from the table
 * in `handlers.ts`.
 */
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
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveFixAll, type FixAllData } from './actions';
import { FIX_ALL_KIND } from '../protocol';
import { Analyses } from './analysis';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './capabilities';
import { ChangeTracker } from './changes';
import { diagnosticShape } from './convert';
import { DOCUMENT_HANDLERS, type Found, type HandlerContext } from './handlers';
import { PositionCodec } from './encoding';
import { Publisher } from './publisher';
import { isListDocument, isListFile, LIST_FILES, ListReader } from './lists';
import { CONFIG_FILE_NAME } from '../config-file';
import { SettingsCache } from './settings';
import { VERSION } from '../version';
import { analyzeNote, DEFAULT_OPTIONS, warmUpNotes } from '../core';

/** Typing in a list re-checks its templates once the typing pauses, not on every key. */
const LIST_EDIT_DELAY_MS = 300;

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
  const publisher = new Publisher(connection, documents, analyses, settings, () => features.pullDiagnostics, () => changes.codec);

  function uriOf(params: unknown): string | undefined {
    const textDocument = (params as { textDocument?: TextDocumentIdentifier } | undefined)?.textDocument;
    return typeof textDocument?.uri === 'string' ? textDocument.uri : undefined;
  }

  async function analysedAt(uri: string | undefined): Promise<Found | undefined> {
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
    changes.codec = new PositionCodec(features.positionEncoding);
    lists.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    diagnosticShape.docsLinks = features.docsLinks;
    return serverCapabilities(features);
  });

  connection.onInitialized(() => {
    connection.console.info(`Invite Lint ${VERSION} started (Node ${process.version}); settings from ${features.configuration ? 'the editor and ' : ''}.invitelintrc.json files`);
    // The first note after start would otherwise pay for compiling every rule's patterns. One note
    // per turn of the event loop, so that a document opened meanwhile waits for one note, not all.
    const notes = warmUpNotes();
    const next = (index: number) => {
      if (index >= notes.length || phase === 'shutdown') return;
      void analyzeNote(notes[index], DEFAULT_OPTIONS).touch;
      setImmediate(() => next(index + 1));
    };
    setImmediate(() => next(0));
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

  connection.onCodeActionResolve(
    guard('code action resolve', async (action) => {
      const uri = (action?.data as Partial<FixAllData> | undefined)?.fixAll;
      if (action?.kind !== FIX_ALL_KIND || typeof uri !== 'string') return action;
      const found = await analysedAt(uri);
      return found ? changes.codec.resultToClient(found.document, resolveFixAll(found.document, found.analysed, action)) : { ...action, edit: { changes: {} } };
    }),
  );

  connection.onExecuteCommand(guard('execute command', () => null));

  const context: HandlerContext = {
    get features() {
      return features;
    },
    lists,
    get generation() {
      return publisher.generation;
    },
  };
  for (const handler of DOCUMENT_HANDLERS) {
    connection.onRequest(handler.method, guard(handler.name, async (params: unknown) => {
      const found = await analysedAt(uriOf(params));
      if (!found) return handler.none;
      const { codec } = changes;
      return codec.resultToClient(found.document, handler.handle(found, codec.paramsFromClient(found.document, params ?? {}) as never, context));
    }));
  }

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
