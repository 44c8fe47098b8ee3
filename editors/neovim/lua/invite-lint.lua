-- Invite Lint for Neovim 0.7 and later: the `invite` filetype for *.invite files, prose settings,
-- and the language server attached to every .invite buffer. Add this folder's parent to
-- 'runtimepath' and call:
--
--   require('invite-lint').setup({ cmd = { 'node', '/path/to/invite-lint/dist/server.js', '--stdio' } })
--
-- Options: `cmd` (how to start the server), `settings` (the `inviteLint` settings, answered to
-- workspace/configuration). Columns are UTF-8 on every version: Neovim 0.9+ negotiates them
-- itself; 0.7 and 0.8 offer them through clangd's `offsetEncoding`, which the server accepts, so
-- that a line with an emoji gets its squiggles and quick fixes in the right place.
local M = {}

local client_id

local function start(buf, opts)
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.offsetEncoding = { 'utf-8', 'utf-16' }
  return vim.lsp.start_client({
    name = 'invite-lint',
    cmd = opts.cmd,
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h'),
    capabilities = capabilities,
    settings = opts.settings or {},
    on_init = function(client, result)
      if result.offsetEncoding then client.offset_encoding = result.offsetEncoding end
    end,
  })
end

--- Attaches the (one) Invite Lint client to `buf`, starting it on first use.
function M.attach(buf, opts)
  if not (client_id and vim.lsp.get_client_by_id(client_id)) then client_id = start(buf, opts) end
  if client_id then vim.lsp.buf_attach_client(buf, client_id) end
  for _, win in ipairs(vim.fn.win_findbuf(buf)) do
    vim.wo[win].wrap = true
    vim.wo[win].linebreak = true
  end
end

function M.setup(opts)
  opts = vim.tbl_extend('keep', opts or {}, { cmd = { 'node', 'dist/server.js', '--stdio' } })
  local group = vim.api.nvim_create_augroup('invite-lint', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { group = group, pattern = '*.invite', command = 'setfiletype invite' })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'invite',
    callback = function(args) M.attach(args.buf, opts) end,
  })
end

return M
