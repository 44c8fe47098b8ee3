/**
 * Wires the connection: the lifecycle, document sync (notes are checked, open lists stand in for
 * their files), settings and file watching, each registered by its own method; every request about
 * a document comes from the table in `handlers.ts`.
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

type Phase = 'new' | 'initialized' | 'shutdown';

/** The running server: its state, and the handlers registered on the connection, by concern. */
class InviteLintServer {
  private readonly changes = new ChangeTracker();
  private readonly documents = new TextDocuments({ create: TextDocument.create, update: this.changes.update });
  private readonly lists = new ListReader();
  private readonly analyses = new Analyses(this.changes, this.lists);
  private features: ClientFeatures = clientFeatures();
  /** LSP lifecycle: requests before `initialize` and after `shutdown` are refused. */
  private phase: Phase = 'new';
  private listEdit: NodeJS.Timeout | undefined;
  private readonly settings: SettingsCache;
  private readonly publisher: Publisher;

  constructor(private readonly connection: Connection) {
    this.settings = new SettingsCache({
      fetchEditorSettings: async (uri) =>
        this.features.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'inviteLint' }) : undefined,
      // A notification, never showMessageRequest: headless and terminal clients block on requests.
      warn: (message) => {
        connection.console.info(`Invite Lint: ${message}`);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
      },
    });
    this.publisher = new Publisher(connection, this.documents, this.analyses, this.settings, () => this.features.pullDiagnostics, () => this.changes.codec);
  }

  listen(): Connection {
    this.registerLifecycle();
    this.registerDocumentSync();
    this.registerRequests();
    this.documents.listen(this.connection);
    this.connection.listen();
    return this.connection;
  }

  private registerLifecycle(): void {
    const { connection } = this;
    connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
      if (this.phase !== 'new') return new ResponseError<InitializeError>(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already initialized.', { retry: false });
      this.phase = 'initialized';
      this.features = clientFeatures(params.capabilities);
      this.changes.codec = new PositionCodec(this.features.positionEncoding);
      this.lists.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
      diagnosticShape.docsLinks = this.features.docsLinks;
      return serverCapabilities(this.features);
    });
    connection.onInitialized(() => {
      connection.console.info(`Invite Lint ${VERSION} started (Node ${process.version}); settings from ${this.features.configuration ? 'the editor and ' : ''}.invitelintrc.json files`);
      this.warmUpInTurns();
      const ignore = () => undefined;
      if (this.features.registerConfigurationChange) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'inviteLint' }).catch(ignore);
      }
      if (this.features.registerFileWatchers) {
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: LIST_FILES }] }).catch(ignore);
      }
    });
    connection.onShutdown(() => {
      if (this.phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'Invite Lint: the server is already shut down.');
      this.phase = 'shutdown';
      clearTimeout(this.listEdit);
      this.publisher.stop();
    });
  }

  /** The first note after start would otherwise pay for compiling every rule's patterns. One note per turn, so that a document opened meanwhile waits for one note, not all. */
  private warmUpInTurns(): void {
    const notes = warmUpNotes();
    const next = (index: number) => {
      if (index >= notes.length || this.phase === 'shutdown') return;
      void analyzeNote(notes[index], DEFAULT_OPTIONS).touch;
      setImmediate(() => next(index + 1));
    };
    setImmediate(() => next(0));
  }

  private registerDocumentSync(): void {
    const { connection, documents } = this;
    connection.onDidChangeConfiguration(() => this.refreshAll());
    connection.onDidChangeWatchedFiles((params) => {
      const uris = (params?.changes ?? []).flatMap((change) => (typeof change?.uri === 'string' ? [change.uri] : []));
      // A saved list re-checks its templates: their summaries are stale once the file's stamp changes.
      if (uris.some((uri) => uri.endsWith(CONFIG_FILE_NAME) || isListFile(uri))) this.refreshAll();
    });
    // Opening a document fires onDidChangeContent too: one validation per open.
    documents.onDidChangeContent((event) => (isListDocument(event.document) ? this.listChanged(event.document, true) : this.publisher.schedule(event.document)));
    documents.onDidClose((event) => {
      if (isListDocument(event.document)) return this.listChanged(event.document, false);
      const uri = event.document.uri;
      this.publisher.close(uri);
      this.analyses.forget(uri);
      this.settings.forget(uri);
    });
  }

  /** An open list's text stands in for its file until it is closed. */
  private listChanged(document: TextDocument, open: boolean): void {
    this.lists.setEdited(document.uri, open ? { text: document.getText(), version: document.version } : undefined);
    clearTimeout(this.listEdit);
    this.listEdit = setTimeout(() => this.refreshAll(), LIST_EDIT_DELAY_MS);
  }

  private refreshAll(): void {
    const { connection, features } = this;
    this.publisher.refreshAll();
    const ignore = () => undefined;
    if (features.refresh.diagnostics) connection.languages.diagnostics.refresh().catch(ignore);
    if (features.refresh.codeLens) connection.sendRequest('workspace/codeLens/refresh').catch(ignore);
    if (features.refresh.inlayHint) connection.languages.inlayHint.refresh().catch(ignore);
  }

  private registerRequests(): void {
    const { connection } = this;
    connection.onCodeActionResolve(
      this.guard('code action resolve', async (action) => {
        const uri = (action?.data as Partial<FixAllData> | undefined)?.fixAll;
        if (action?.kind !== FIX_ALL_KIND || typeof uri !== 'string') return action;
        const found = await this.analysedAt(uri);
        return found ? this.changes.codec.resultToClient(found.document, resolveFixAll(found.document, found.analysed, action)) : { ...action, edit: { changes: {} } };
      }),
    );
    connection.onExecuteCommand(this.guard('execute command', () => null));
    const server = this;
    const context: HandlerContext = {
      get features() {
        return server.features;
      },
      lists: this.lists,
      get generation() {
        return server.publisher.generation;
      },
    };
    for (const handler of DOCUMENT_HANDLERS) {
      connection.onRequest(handler.method, this.guard(handler.name, async (params: unknown) => {
        const found = await this.analysedAt(uriOf(params));
        if (!found) return handler.none;
        const { codec } = this.changes;
        return codec.resultToClient(found.document, handler.handle(found, codec.paramsFromClient(found.document, params ?? {}) as never, context));
      }));
    }
  }

  private async analysedAt(uri: string | undefined): Promise<Found | undefined> {
    const document = uri === undefined ? undefined : this.documents.get(uri);
    if (!document || isListDocument(document)) return undefined;
    const documentSettings = this.settings.peek(document.uri) ?? (await this.settings.get(document.uri));
    const current = this.documents.get(document.uri) ?? document;
    return { document: current, analysed: this.analyses.get(current, documentSettings) };
  }

  /** Wraps a handler: a thrown error becomes a clean error response, never a crash. */
  private guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      if (this.phase === 'new') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Invite Lint: the server is not initialized yet.');
      if (this.phase === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'Invite Lint: the server is shut down.');
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        this.connection.console.error(`Invite Lint: ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        throw new ResponseError(ErrorCodes.InternalError, `Invite Lint: ${name} failed: ${errorMessage(error)}`);
      }
    };
  }
}

function uriOf(params: unknown): string | undefined {
  const textDocument = (params as { textDocument?: TextDocumentIdentifier } | undefined)?.textDocument;
  return typeof textDocument?.uri === 'string' ? textDocument.uri : undefined;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  return new InviteLintServer(connection).listen();
}
