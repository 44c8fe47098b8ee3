;;; eglot-check.el --- Drives Eglot with the shipped invite-mode against dist/server.js, in batch.  -*- lexical-binding: t; -*-
;; Env: INVITE_LINT_SERVER (absolute path of dist/server.js), INVITE_LINT_FILE (an .invite file).
(require 'eglot)
(require 'invite-mode)
(setq invite-lint-server-command (list "node" (getenv "INVITE_LINT_SERVER") "--stdio"))

(defun check-fail (format-string &rest args)
  (princ (concat "FAIL " (apply #'format format-string args) "\n"))
  (kill-emacs 1))

(find-file (getenv "INVITE_LINT_FILE"))
(unless (eq major-mode 'invite-mode) (check-fail "the .invite file opened in %s" major-mode))
(princ (format "MODE %s\n" major-mode))
(apply #'eglot (eglot--guess-contact))
;; Flymake reports on an idle timer, which never fires in batch: read what Eglot made of the
;; server's diagnostics (Flymake diagnostics with buffer regions) directly.
(with-timeout (20 (check-fail "no diagnostics from the server; events: %s"
                               (with-current-buffer (jsonrpc-events-buffer (eglot-current-server)) (buffer-string))))
  (while (null eglot--diagnostics)
    (accept-process-output nil 0.1)))
(dolist (diagnostic eglot--diagnostics)
  (princ (format "DIAGNOSTIC %s [%s] %s\n" (flymake-diagnostic-type diagnostic)
                 (buffer-substring-no-properties (flymake-diagnostic-beg diagnostic) (flymake-diagnostic-end diagnostic))
                 (flymake-diagnostic-text diagnostic))))
;; The quick fixes for the stock sentence, asked as Eglot asks (its diagnostic in the context), and the preferred one applied.
(let* ((diagnostic (seq-find (lambda (d) (string-match-p "generic-invite" (flymake-diagnostic-text d))) eglot--diagnostics))
       (lsp-diagnostic (alist-get 'eglot-lsp-diag (eglot--diag-data diagnostic)))
       (actions (jsonrpc-request (eglot-current-server) :textDocument/codeAction
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :range (plist-get lsp-diagnostic :range)
                                       :context (list :diagnostics (vector lsp-diagnostic)))))
       (preferred (seq-find (lambda (action) (plist-get action :isPreferred)) actions)))
  (seq-doseq (action actions)
    (princ (format "ACTION %s%s\n" (plist-get action :title) (if (plist-get action :isPreferred) " (preferred)" ""))))
  (unless preferred (check-fail "no preferred quick fix"))
  (eglot--apply-workspace-edit (plist-get preferred :edit))
  (princ (format "TEXT %s\n" (replace-regexp-in-string "\n" "\\\\n" (buffer-string)))))
(goto-char (point-min))
(search-forward "Austin")
(let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams))))
  (princ (format "HOVER %s\n" (if hover "yes" "none"))))
(princ "OK\n")
(kill-emacs 0)
