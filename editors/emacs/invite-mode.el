;;; invite-mode.el --- Write LinkedIn invitation notes, checked by Invite Lint  -*- lexical-binding: t; -*-

;; A small major mode for `.invite' files (headers, `---' separators, template variables, word
;; wrap) that registers the Invite Lint language server with Eglot.  Load it, set the server
;; command, and run M-x eglot (or add `eglot-ensure' to `invite-mode-hook'):
;;
;;   (add-to-list 'load-path "/path/to/invite-lint/editors/emacs")
;;   (require 'invite-mode)
;;   (setq invite-lint-server-command '("node" "/path/to/invite-lint/dist/server.js" "--stdio"))
;;   (add-hook 'invite-mode-hook #'eglot-ensure)

;;; Code:

(defgroup invite nil
  "Writing invitation notes checked by Invite Lint."
  :group 'text)

(defcustom invite-lint-server-command '("node" "dist/server.js" "--stdio")
  "How to start the Invite Lint language server: a program and its arguments."
  :type '(repeat string))

(defconst invite-mode-font-lock-keywords
  '(("^[ \t]*#[ \t]*\\([A-Za-z][-A-Za-z0-9_]*\\)[ \t]*:" 1 font-lock-keyword-face)
    ("^[ \t]*#.*$" 0 font-lock-comment-face keep)
    ("^[ \t]*---+[ \t]*$" . font-lock-builtin-face)
    ("{{[^{}\n]*}}" . font-lock-variable-name-face))
  "Headers, comment lines, note separators and template variables.")

;;;###autoload
(define-derived-mode invite-mode text-mode "Invite"
  "Major mode for `.invite' files: invitation notes separated by `---' lines."
  (setq-local comment-start "# ")
  (setq-local font-lock-defaults '(invite-mode-font-lock-keywords))
  (visual-line-mode 1))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.invite\\'" . invite-mode))

(defun invite-lint--contact (_interactive)
  "The server command for Eglot, read when a session starts."
  invite-lint-server-command)

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(invite-mode . invite-lint--contact)))

(provide 'invite-mode)
;;; invite-mode.el ends here
