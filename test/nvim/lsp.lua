-- Drives Neovim's built-in LSP client (0.7+), set up with the shipped editors/neovim configuration,
-- against dist/server.js, headless. Env: INVITE_LINT_SERVER (absolute path of dist/server.js),
-- INVITE_LINT_EDITORS (the editors/ folder), INVITE_LINT_FILE (a path for the buffer).
local out = {}
local function log(...)
  local parts = {}
  for _, v in ipairs({ ... }) do table.insert(parts, tostring(v)) end
  table.insert(out, table.concat(parts, ' '))
  io.stdout:write(table.concat(parts, ' ') .. '\n')
end

local function fail(message)
  log('FAIL ' .. message)
  vim.cmd('cquit 1')
end

local function run()
  local server = os.getenv('INVITE_LINT_SERVER')
  local file = os.getenv('INVITE_LINT_FILE')
  local messages = {}
  vim.lsp.handlers['window/showMessage'] = function(_, result) table.insert(messages, result.message) end
  -- The configuration the project ships, as a user loads it.
  vim.opt.runtimepath:append(os.getenv('INVITE_LINT_EDITORS') .. '/neovim')
  require('invite-lint').setup({ cmd = { 'node', server, '--stdio' }, settings = { inviteLint = { maxLength = 200 } } })
  local text = {
    '# to: Sam Lee',
    '# mutual: Jane Roe',
    "🎉 We met at the Austin UX meetup in March and talked about design systems. I'd like to add you to my professional network on LinkedIn.",
  }
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_name(buf, file)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, text)
  vim.api.nvim_set_current_buf(buf)
  vim.cmd('doautocmd BufNewFile ' .. vim.fn.fnameescape(file))
  if vim.bo[buf].filetype ~= 'invite' then return fail('the .invite buffer has filetype ' .. vim.bo[buf].filetype) end
  local client
  if not vim.wait(10000, function()
    client = vim.lsp.get_active_clients()[1]
    return client ~= nil and client.initialized
  end, 20) then return fail('the shipped configuration started no client') end
  log('ENCODING', client.offset_encoding)

  local uri = vim.uri_from_bufnr(buf)
  local function generic()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == 'invite-lint' and d.code == 'generic-invite' then return d end
      if d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'generic-invite' then return d end
    end
  end
  if not vim.wait(10000, function() return generic() ~= nil end, 20) then
    return fail('no generic-invite diagnostic; got ' .. vim.inspect(vim.diagnostic.get(buf)))
  end
  local d = generic()
  log('DIAGNOSTIC', d.lnum, d.col, d.message)

  -- The LSP form of the diagnostics on that line, as Neovim's own code action request sends them.
  local lsp_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum)
  local params = {
    textDocument = { uri = uri },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = lsp_diagnostics },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000) or {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      log('ACTION', action.kind, action.title, action.isPreferred and 'preferred' or '')
      if action.title == 'Remove the generic sentence' then chosen = action end
    end
  end
  if not chosen then return fail('no "Remove the generic sentence" action') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local after = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  log('TEXT ' .. after:gsub('\n', '\\n'))
  if after:find('professional network', 1, true) then return fail('the fix did not remove the stock text') end
  if not after:find('design systems.', 1, true) then return fail('the fix removed the user\'s own words') end
  if not vim.wait(10000, function() return generic() == nil end, 20) then
    return fail('the diagnostic stayed after the fix')
  end
  log('CLEARED')

  local function request(method, p)
    local r = vim.lsp.buf_request_sync(buf, method, p, 5000) or {}
    for _, response in pairs(r) do return response.result, response.err end
  end
  local lenses = request('textDocument/codeLens', { textDocument = { uri = uri } }) or {}
  for _, lens in ipairs(lenses) do log('LENS', lens.command and lens.command.title) end
  local hints = request('textDocument/inlayHint', { textDocument = { uri = uri }, range = { start = { line = 0, character = 0 }, ['end'] = { line = 10, character = 0 } } }) or {}
  for _, hint in ipairs(hints) do log('HINT', hint.position.line, hint.label) end
  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 1 } })
  log('HOVER', hover and hover.contents and (hover.contents.value or ''):gsub('\n', ' ') or 'none')
  vim.api.nvim_buf_set_lines(buf, 3, 3, false, { '' })
  local completion = request('textDocument/completion', { textDocument = { uri = uri }, position = { line = 3, character = 0 } }) or {}
  local items = completion.items or completion
  for _, item in ipairs(items) do log('COMPLETION', item.label) end
  for _, message in ipairs(messages) do log('MESSAGE', message) end
  log('OK')
  vim.cmd('qa!')
end

local ok, err = pcall(run)
if not ok then fail(tostring(err)) end
