" Invite Lint for Vim with ALE (3.3+): the `invite` filetype and the language server as an ALE
" linter. Source this file after ALE is loaded (e.g. from ~/.vim/after/plugin/) and set the path:
"
"   let g:invite_lint_server = '/path/to/invite-lint/dist/server.js'

augroup invite_lint
  autocmd!
  autocmd BufRead,BufNewFile *.invite setfiletype invite
  autocmd FileType invite setlocal wrap linebreak textwidth=0
augroup END

call ale#linter#Define('invite', {
\   'name': 'invite-lint',
\   'lsp': 'stdio',
\   'executable': 'node',
\   'command': {buffer -> '%e ' . ale#Escape(get(g:, 'invite_lint_server', 'dist/server.js')) . ' --stdio'},
\   'project_root': {buffer -> fnamemodify(bufname(buffer), ':p:h')},
\   'language': 'invite',
\})
