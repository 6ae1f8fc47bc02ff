import type { PGlite } from "@electric-sql/pglite";

/**
 * Serialises many client connections onto one PGlite instance, one protocol cycle at a time.
 *
 * PGlite is a single session. pglite-socket's own queue interleaves individual messages from
 * different connections, so one client's Parse/Bind/Execute/Sync can land between another's:
 * the unnamed portal is clobbered (`portal "" does not exist`) and results go to the wrong
 * client. Here a connection that sends a message owns the session until PGlite answers
 * ReadyForQuery with status Idle: that covers an extended-protocol cycle and a whole
 * transaction (status T or E keeps ownership). Other connections' messages wait their turn.
 */
interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/** Finds the transaction status of the last ReadyForQuery in a stream of backend messages. */
class ReadyForQueryScanner {
  private header = new Uint8Array(5);
  private headerFilled = 0;
  private skip = 0;
  private currentType = 0;
  lastStatus: number | undefined;

  feed(chunk: Uint8Array) {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        if (this.currentType === READY_FOR_QUERY && n > 0) this.lastStatus = chunk[i + n - 1];
        this.skip -= n;
        i += n;
        continue;
      }
      this.header[this.headerFilled++] = chunk[i++]!;
      if (this.headerFilled === 5) {
        this.currentType = this.header[0]!;
        const length = new DataView(this.header.buffer).getInt32(1);
        this.skip = length - 4;
        this.headerFilled = 0;
      }
    }
  }
}

export class PgliteProtocolQueue {
  private queue: Pending[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  private next(): Pending | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((p) => p.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        this.owner = item.handlerId;
        const scanner = new ReadyForQueryScanner();
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                scanner.feed(data);
                item!.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        if (scanner.lastStatus === IDLE) this.owner = null;
      }
    } finally {
      this.processing = false;
    }
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number) {
    this.queue = this.queue.filter((p) => (p.handlerId === handlerId ? (p.reject(new Error("Handler disconnected")), false) : true));
  }

  /** A client that vanished mid-transaction must not leave the session stuck with its locks. */
  async clearTransactionIfNeeded(handlerId: number) {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    void this.processQueue();
  }
}
