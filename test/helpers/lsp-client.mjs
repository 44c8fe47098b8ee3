// A real LSP client for tests and the benchmark: spawns `dist/server.js --stdio` and speaks
// JSON-RPC to it through vscode-languageserver-protocol.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** Client capabilities; each flag can be turned off to test degraded clients. */
/** `markdown: null` leaves hover.contentFormat out; `resolve` lets the server defer code action edits; `encodings` offers position encodings; `snippetEdits` declares LSP 3.18 snippet edits. */
export function capabilities({ snippets = true, pull = false, configuration = true, watchers = true, markdown = true, resolve = false, docsLinks = true, encodings, snippetEdits = false } = {}) {
  return {
    ...(encodings ? { general: { positionEncodings: encodings } } : {}),
    workspace: {
      configuration,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: watchers },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      codeLens: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      ...(snippetEdits ? { workspaceEdit: { snippetEditSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      completion: { completionItem: { snippetSupport: snippets } },
      hover: markdown === null ? {} : { contentFormat: markdown ? ['markdown', 'plaintext'] : ['plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source', 'source.fixAll'] } },
        ...(resolve ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}),
      },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: docsLinks },
      ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      inlayHint: {},
      codeLens: {},
    },
  };
}

/**
 * Starts the server (`nodeArgs` go to node, e.g. `--cpu-prof`). `settings` answers workspace/configuration (a function of the scope uri, or
 * an object). Records every notification and server-to-client request.
 */
export async function startClient({ settings = {}, caps = {}, initialize = true, args = [], nodeArgs = [], processId = process.pid, rootUri = null } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const notifications = [];
  const requests = [];
  const waiters = [];
  const record = (method, params) => {
    notifications.push({ method, params });
    for (const waiter of [...waiters]) {
      if (waiter.method === method && waiter.predicate(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  };
  connection.onNotification((method, params) => record(method, params));
  connection.onRequest((method, params) => {
    requests.push({ method, params });
    if (method === 'workspace/configuration') {
      return params.items.map((item) => (typeof settings === 'function' ? settings(item.scopeUri) : settings));
    }
    return null;
  });
  connection.listen();

  const client = {
    child,
    connection,
    notifications,
    requests,
    exited,
    get stderr() {
      return stderr;
    },
    versions: new Map(),
    /** Resolves with the first notification (already received or future) matching the predicate. */
    waitFor(method, predicate = () => true, { past = false, timeout = 10_000 } = {}) {
      if (past) {
        const found = notifications.find((n) => n.method === method && predicate(n.params));
        if (found) return Promise.resolve(found.params);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(new Error(`timed out waiting for ${method}; stderr: ${stderr}`));
        }, timeout);
        timer.unref();
        const waiter = {
          method,
          predicate,
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
        };
        waiters.push(waiter);
      });
    },
    /** Waits for diagnostics of `uri` at `version` (the current one by default). */
    diagnostics(uri, version = client.versions.get(uri)) {
      return client
        .waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), { past: true })
        .then((p) => p.diagnostics);
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    notify(method, params) {
      return connection.sendNotification(method, params);
    },
    async open(uri, text, languageId = 'invite') {
      client.versions.set(uri, 1);
      const published = client.diagnosticsAfter(uri, 1);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return published;
    },
    /** Sends a full-text change (or range changes) and returns a promise of the diagnostics for it. */
    async change(uri, changes) {
      const version = (client.versions.get(uri) ?? 0) + 1;
      client.versions.set(uri, version);
      const published = client.diagnosticsAfter(uri, version);
      const contentChanges = typeof changes === 'string' ? [{ text: changes }] : changes;
      await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return published;
    },
    diagnosticsAfter(uri, version) {
      if (client.pull) return Promise.resolve(undefined);
      const promise = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version).then((p) => p.diagnostics);
      promise.catch(() => undefined);
      return promise;
    },
    async close(uri) {
      const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      return cleared;
    },
    async stop() {
      if (child.exitCode !== null) return;
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill(), 2000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
  if (initialize) {
    const c = capabilities(caps);
    client.pull = caps.pull === true;
    client.initializeResult = await connection.sendRequest('initialize', { processId, rootUri, capabilities: c });
    await connection.sendNotification('initialized', {});
  }
  return client;
}

/** Position (line, character in UTF-16) of the first occurrence of `needle` (after `from`) in `text`. */
export function positionOf(text, needle, { from = 0, after = false } = {}) {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`"${needle}" not found`);
  return positionAt(text, after ? index + needle.length : index);
}

/**
 * The nearest offset at or after `offset` that an LSP position can name: not inside a surrogate
 * pair, and not between the CR and LF of one line break (a position there means after the LF).
 */
export function addressableOffset(text, offset) {
  const splits = (at) => at > 0 && ((text[at - 1] === '\r' && text[at] === '\n') || (/[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at] ?? '')));
  return splits(offset) ? offset + 1 : offset;
}

export function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

export function offsetAt(text, position) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n') continue;
    if (ch === '\n' || ch === '\r') lineStarts.push(i + 1);
  }
  const start = lineStarts[Math.min(position.line, lineStarts.length - 1)] ?? text.length;
  return Math.min(start + position.character, text.length);
}

/** Applies LSP text edits to a text (what an editor does with a WorkspaceEdit). */
export function applyTextEdits(text, edits) {
  const resolved = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  resolved.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function editsFor(action, uri) {
  return action.edit?.changes?.[uri] ?? [];
}

let counter = 0;
export function uniqueUri(name = 'note') {
  counter++;
  return `file:///tmp/invite-lint-test-${process.pid}-${counter}/${name}.invite`;
}
