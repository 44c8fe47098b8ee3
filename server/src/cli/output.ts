/** Standard output with back-pressure: a large report is written as fast as the reader takes it, never held whole. */
let closedQuietly = false;

export function writeOut(text: string): Promise<void> {
  if (!closedQuietly) {
    closedQuietly = true;
    // A reader that stops early (`invite-lint | head`) ends the run, not with a stack trace.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  if (text.length === 0 || process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
