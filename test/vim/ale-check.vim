" Drives Vim with ALE (Debian's vim-ale), set up with the shipped editors/vim/invite-lint.vim, against
" dist/server.js. Env: INVITE_LINT_SERVER, INVITE_LINT_EDITORS, INVITE_LINT_FILE, INVITE_LINT_OUT.
set nocompatible
set runtimepath^=/usr/share/vim-ale
filetype plugin on
runtime plugin/ale.vim
let g:invite_lint_server = $INVITE_LINT_SERVER
let g:ale_linters = {'invite': ['invite-lint']}
execute 'source ' . fnameescape($INVITE_LINT_EDITORS . '/vim/invite-lint.vim')
execute 'edit ' . fnameescape($INVITE_LINT_FILE)
let s:out = ['FILETYPE ' . &filetype]
let s:waited = 0
while empty(ale#engine#GetLoclist(bufnr(''))) && s:waited < 200
  sleep 100m
  let s:waited += 1
endwhile
for s:item in ale#engine#GetLoclist(bufnr(''))
  call add(s:out, 'DIAGNOSTIC ' . s:item.lnum . ' ' . s:item.col . ' ' . s:item.type . ' ' . s:item.text)
endfor
call writefile(s:out, $INVITE_LINT_OUT)
qa!
