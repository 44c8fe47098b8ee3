/**
 * The requests about one document, as a table: each names its method, what it answers when the
 * document is not open, and what it reads from the document's analysis. `start.ts` registers them
 * all the same way, behind the same guard.
 */
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  ResponseError,
  type DocumentDiagnosticReport,
  type ProtocolRequestType,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NOTE_COUNTS_METHOD, PREVIEW_METHOD, RECIPIENTS_METHOD } from '../protocol';
import { codeActions } from './actions';
import { documentDiagnostics, type AnalysedDocument } from './analysis';
import { previewOf, recipientsAt } from './campaign';
import type { ClientFeatures } from './capabilities';
import { completion } from './completion';
import { clampOffset } from './convert';
import { hover } from './hover';
import type { ListReader } from './lists';
import { codeLenses, documentSymbols, foldingRanges, inlayHints, noteCounts } from './notes';

export interface Found {
  document: TextDocument;
  analysed: AnalysedDocument;
}

/** What a handler may read of the running server. */
export interface HandlerContext {
  readonly features: ClientFeatures;
  readonly lists: ListReader;
  /** Bumped on every settings change; part of a pulled report's result id. */
  readonly generation: number;
}

export interface DocumentHandler {
  method: string;
  name: string;
  /** The answer for a document that is not open (or is a recipient list). */
  none: unknown;
  handle(found: Found, params: never, context: HandlerContext): unknown;
}

/** A table entry for a standard request, typed by the protocol's own request type. */
function standard<P, R, Partial, Error, Registration>(
  type: ProtocolRequestType<P, R, Partial, Error, Registration>,
  name: string,
  none: R,
  handle: (found: Found, params: P, context: HandlerContext) => R,
): DocumentHandler {
  return { method: type.method, name, none, handle: handle as DocumentHandler['handle'] };
}

/** A table entry for one of Invite Lint's own requests (see `../protocol.ts`). */
function custom<P, R>(method: string, name: string, none: R, handle: (found: Found, params: P, context: HandlerContext) => R): DocumentHandler {
  return { method, name, none, handle: handle as DocumentHandler['handle'] };
}

const NOT_OPEN = { problem: 'the document is not open in the editor' };
const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function clampedRange(document: TextDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  return { start: document.positionAt(clampOffset(document, range.start)), end: document.positionAt(clampOffset(document, range.end)) };
}

export const DOCUMENT_HANDLERS: readonly DocumentHandler[] = [
  standard(DocumentDiagnosticRequest.type, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, ({ document, analysed }, params, { generation }): DocumentDiagnosticReport => {
    const resultId = `${document.version}:${generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: documentDiagnostics(document, analysed) };
  }),
  standard(CodeActionRequest.type, 'code actions', [], ({ document, analysed }, params, { features }) =>
    codeActions(document, analysed, clampedRange(document, params.range?.start ? params.range : ORIGIN), params.context ?? { diagnostics: [] }, features),
  ),
  standard(CodeLensRequest.type, 'code lens', [], ({ document, analysed }) => codeLenses(document, analysed)),
  standard(InlayHintRequest.type, 'inlay hints', [], ({ document, analysed }, params) => inlayHints(document, analysed, params.range?.start ? clampedRange(document, params.range) : undefined)),
  standard(HoverRequest.type, 'hover', null, ({ document, analysed }, params, { features }) => hover(document, analysed, clampOffset(document, params.position), features.markdownHover)),
  standard(CompletionRequest.type, 'completion', [], ({ document, analysed }, params, { features }) => completion(document, analysed, clampOffset(document, params.position), features.snippets)),
  standard(DocumentSymbolRequest.type, 'document symbols', [], ({ document, analysed }) => documentSymbols(document, analysed)),
  standard(FoldingRangeRequest.type, 'folding ranges', [], ({ document, analysed }) => foldingRanges(document, analysed)),
  custom(NOTE_COUNTS_METHOD, 'note counts', [], ({ document, analysed }) => noteCounts(document, analysed)),
  custom(RECIPIENTS_METHOD, 'recipients', NOT_OPEN, ({ document, analysed }, params: { position?: { line: number; character: number } }, { lists }) =>
    recipientsAt(document, analysed, clampOffset(document, params.position), lists),
  ),
  custom(PREVIEW_METHOD, 'preview', NOT_OPEN, ({ document, analysed }, params: { note?: unknown; row?: unknown }, { lists }) => {
    const { note, row } = params;
    if (!Number.isInteger(note) || !Number.isInteger(row)) throw new ResponseError(ErrorCodes.InvalidParams, 'Invite Lint: preview needs a note index and a row number.');
    return previewOf(document, analysed, note as number, row as number, lists);
  }),
];
