// The invite-lint CLI.
