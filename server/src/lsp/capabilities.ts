/** What the client can do, read once at `initialize`, and what the server offers in return. */
import { CodeActionKind, MarkupKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeResult } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../protocol';
import { VERSION } from '../version';
import { NOTE_INFO_COMMAND } from './notes';
import { negotiatedEncoding, offeredEncodings, type PositionEncoding } from './encoding';

export interface ClientFeatures {
  /** `workspace/configuration`: settings per document from the editor. */
  configuration: boolean;
  /** `textDocument/diagnostic`: the client pulls diagnostics instead of receiving them. */
  pullDiagnostics: boolean;
  /** The client shows `codeDescription` links on diagnostics. */
  docsLinks: boolean;
  markdownHover: boolean;
  snippets: boolean;
  /** The client resolves code actions' edits (`codeAction/resolve`), so fix-all can wait until it is chosen. */
  lazyFixAll: boolean;
  registerConfigurationChange: boolean;
  registerFileWatchers: boolean;
  refresh: { diagnostics: boolean; codeLens: boolean; inlayHint: boolean };
  /** The columns positions are counted in, chosen from what the client offers. */
  positionEncoding: PositionEncoding;
  /** LSP 3.18 snippet edits (VS Code's client declares them): a pattern rewrite arrives as a snippet with tab stops, else as plain text with visible slots. */
  snippetEdits: boolean;
  /** How the client said which encodings it takes, so that the server names its choice the same way. */
  encodingsOffered?: 'standard' | 'clangd';
}

export function clientFeatures(capabilities: ClientCapabilities = {}): ClientFeatures {
  const { workspace, textDocument } = capabilities;
  const pullDiagnostics = textDocument?.diagnostic !== undefined;
  const formats = textDocument?.hover?.contentFormat;
  const codeAction = textDocument?.codeAction;
  return {
    configuration: workspace?.configuration === true,
    pullDiagnostics,
    docsLinks: textDocument?.publishDiagnostics?.codeDescriptionSupport === true || pullDiagnostics,
    // Markdown only for clients that list it; plain text is the protocol's default.
    markdownHover: Array.isArray(formats) && formats.includes(MarkupKind.Markdown),
    snippets: textDocument?.completion?.completionItem?.snippetSupport === true,
    lazyFixAll: codeAction?.codeActionLiteralSupport !== undefined && codeAction.resolveSupport?.properties?.includes('edit') === true,
    registerConfigurationChange: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    registerFileWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    refresh: {
      diagnostics: pullDiagnostics && workspace?.diagnostics?.refreshSupport === true,
      codeLens: workspace?.codeLens?.refreshSupport === true,
      inlayHint: workspace?.inlayHint?.refreshSupport === true,
    },
    // `snippetEditSupport` is LSP 3.18, newer than this library's types.
    snippetEdits: (workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    positionEncoding: negotiatedEncoding(capabilities),
    encodingsOffered: offeredEncodings(capabilities)?.by,
  };
}

export function serverCapabilities(features: ClientFeatures): InitializeResult {
  const result: InitializeResult = {
    capabilities: {
      ...(features.encodingsOffered === 'standard' ? { positionEncoding: features.positionEncoding } : {}),
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor, CodeActionKind.RefactorRewrite], resolveProvider: true },
      codeLensProvider: { resolveProvider: false },
      // The code lenses' command: a no-op, so that clicking a lens is harmless in any client.
      executeCommandProvider: { commands: [NOTE_INFO_COMMAND] },
      inlayHintProvider: true,
      hoverProvider: true,
      // '#' opens the header names and '{{' a template's columns; nothing opens on a space, so that writing prose is never interrupted.
      completionProvider: { triggerCharacters: ['#', '{'], resolveProvider: false },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'invite-lint', version: VERSION },
    // clangd's extension answers at the top level of the result.
    ...(features.encodingsOffered === 'clangd' ? { offsetEncoding: features.positionEncoding } : {}),
  };
  if (features.pullDiagnostics) {
    result.capabilities.diagnosticProvider = { identifier: 'invite-lint', interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
}
