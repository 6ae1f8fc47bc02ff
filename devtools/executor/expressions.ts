/**
 * A small, strict subset of Inngest's CEL expressions, enough for what the SDK itself generates
 * and for flow-control keys:
 *
 * - operands: `event.data.a.b`, `async.data.x` (dotted paths), 'single' or "double" quoted strings,
 *   numbers, `true`, `false`, `null`;
 * - keys (concurrency / throttle / rateLimit / idempotency): operands joined with `+`, e.g.
 *   `event.data.orgId + "-" + event.data.connectionId`;
 * - conditions (trigger `if`, `cancelOn.if`, `waitForEvent` `if`/`match`): comparisons with
 *   `==`, `!=`, `>`, `>=`, `<`, `<=`, combined with `&&` and `||` (no parentheses).
 *
 * Anything else throws `UnsupportedExpressionError` at compile time, so a function using it is
 * reported once at registration instead of misbehaving at run time.
 */
export class UnsupportedExpressionError extends Error {
  override name = "UnsupportedExpressionError";
}

type Scope = Record<string, unknown>;
type Operand = (scope: Scope) => unknown;

const TOKEN =
  /\s*(?:('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w]*(?:\.[A-Za-z_$][\w$]*)*)|(==|!=|>=|<=|>|<|&&|\|\||\+))/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(expression);
    if (!match) throw new UnsupportedExpressionError(`Unsupported expression: ${expression}`);
    tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4]!);
  }
  return tokens;
}

function compileOperand(token: string | undefined, expression: string): Operand {
  if (token === undefined) throw new UnsupportedExpressionError(`Incomplete expression: ${expression}`);
  if (/^['"]/.test(token)) {
    const text = token.slice(1, -1).replace(/\\(.)/g, "$1");
    return () => text;
  }
  if (/^-?\d/.test(token)) return () => Number(token);
  if (token === "true" || token === "false") return () => token === "true";
  if (token === "null") return () => null;
  const [root, ...path] = token.split(".");
  if (root !== "event" && root !== "async") throw new UnsupportedExpressionError(`Unsupported identifier "${token}" in: ${expression}`);
  return (scope) =>
    path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Scope)[key] : undefined), scope[root]);
}

/** Compiles a key expression; evaluating it yields the key as a string (`undefined` parts become ""). */
export function compileKey(expression: string): (event: unknown) => string {
  const tokens = tokenize(expression);
  const operands: Operand[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    operands.push(compileOperand(tokens[i], expression));
    if (i + 1 < tokens.length && tokens[i + 1] !== "+") throw new UnsupportedExpressionError(`Only "+" may join key parts: ${expression}`);
  }
  if (operands.length === 0) throw new UnsupportedExpressionError("Empty key expression");
  return (event) =>
    operands
      .map((operand) => operand({ event }))
      .map((value) => (value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value)))
      .join("");
}

const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  "==": (a, b) => a === b || (a == null && b == null),
  "!=": (a, b) => !(a === b || (a == null && b == null)),
  ">": (a, b) => (a as number) > (b as number),
  ">=": (a, b) => (a as number) >= (b as number),
  "<": (a, b) => (a as number) < (b as number),
  "<=": (a, b) => (a as number) <= (b as number),
};

/** Compiles a condition; evaluate it with `{ event, async }`. */
export function compileCondition(expression: string): (scope: { event?: unknown; async?: unknown }) => boolean {
  const tokens = tokenize(expression);
  const alternatives = splitOn(tokens, "||").map((conjunction) =>
    splitOn(conjunction, "&&").map((clause) => {
      if (clause.length === 1) {
        const operand = compileOperand(clause[0], expression);
        return (scope: Scope) => Boolean(operand(scope));
      }
      const compare = COMPARE[clause[1] ?? ""];
      if (clause.length !== 3 || !compare) throw new UnsupportedExpressionError(`Unsupported condition: ${expression}`);
      const left = compileOperand(clause[0], expression);
      const right = compileOperand(clause[2], expression);
      return (scope: Scope) => compare(left(scope), right(scope));
    }),
  );
  return (scope) => alternatives.some((clauses) => clauses.every((clause) => clause(scope)));
}

function splitOn(tokens: string[], separator: string): string[][] {
  const parts: string[][] = [[]];
  for (const token of tokens) {
    if (token === separator) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  if (parts.some((part) => part.length === 0)) throw new UnsupportedExpressionError(`Dangling "${separator}"`);
  return parts;
}
