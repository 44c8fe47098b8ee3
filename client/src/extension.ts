// Replaced by the VS Code client (issue 4).
