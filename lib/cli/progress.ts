/**
 * A one-line progress bar on a terminal (redrawn in place); one line per page elsewhere, so a
 * log or a parent process sees every page as it is committed.
 */
export interface ProgressState {
  pages: number;
  fetched: number;
  inserted: number;
  updated: number;
  progress?: number;
}

const WIDTH = 24;

export function formatProgress(label: string, state: ProgressState): string {
  const counts = `pages=${state.pages} fetched=${state.fetched} inserted=${state.inserted} updated=${state.updated}`;
  if (state.progress === undefined) return `${label} ${counts}`;
  const filled = Math.round(Math.min(1, Math.max(0, state.progress)) * WIDTH);
  return `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.round(state.progress * 100)}% ${counts}`;
}

export function createProgressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  return {
    update(state: ProgressState) {
      const line = formatProgress(label, state);
      stream.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    done() {
      if (tty) stream.write("\n");
    },
  };
}
