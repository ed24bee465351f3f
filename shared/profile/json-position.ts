/**
 * Finds where a JSON text first goes wrong, with a line and column a person can look up in an editor.
 * JSON.parse reports positions differently in each engine (Node, Electron, browsers; some give none),
 * so profile files get one consistent explanation from this small scanner instead.
 */

export interface JsonSyntaxError {
  /** 0-based character offset of the first bad character. */
  offset: number;
  /** 1-based line and column, as shown by Notepad and VS Code. */
  line: number;
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === "'") return "a single quote (JSON needs double quotes)";
  return `"${c}"`;
}

/** Returns null when the text is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };

  const parseString = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('the file ends inside a text value: is a closing " missing?', start);
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('"\\u" must be followed by four hex digits');
          i += 6;
        } else if (ESCAPES.has(next)) {
          i += 2;
        } else {
          fail(`"\\${next}" is not a valid escape (write "\\\\" for a backslash)`);
        }
        continue;
      }
      if (c < ' ') fail('a line break or tab inside a text value: text must stay on one line (use \\n)');
      i++;
    }
  };

  const parseValue = (): void => {
    skipWhitespace();
    if (i >= text.length) fail('the file ends where a value was expected');
    const c = text[i] as string;
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') fail('this is not a valid number');
      i += (m as RegExpExecArray)[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (/[A-Za-z]/.test(c)) fail('unexpected word: text must be in double quotes; only true, false and null are bare words');
    fail(`unexpected ${describeChar(c)} where a value was expected`);
  };

  const parseObject = () => {
    const start = i;
    i++;
    skipWhitespace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (i >= text.length) fail('the file ends inside an object: is a "}" missing?', start);
      if (text[i] === '}') fail('there is a comma before "}" (a trailing comma is not allowed in JSON)');
      if (text[i] !== '"') fail(`expected a field name in double quotes, found ${describeChar(text[i] as string)}`);
      parseString();
      skipWhitespace();
      if (text[i] !== ':') fail('expected ":" after the field name');
      i++;
      parseValue();
      skipWhitespace();
      if (i >= text.length) fail('the file ends inside an object: is a "}" missing?', start);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('expected "," or "}" after the value: is a comma missing?');
    }
  };

  const parseArray = () => {
    const start = i;
    i++;
    skipWhitespace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (i >= text.length) fail('the file ends inside a list: is a "]" missing?', start);
      if (text[i] === ']') fail('there is a comma before "]" (a trailing comma is not allowed in JSON)');
      parseValue();
      skipWhitespace();
      if (i >= text.length) fail('the file ends inside a list: is a "]" missing?', start);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('expected "," or "]" after the value: is a comma missing?');
    }
  };

  try {
    parseValue();
    skipWhitespace();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { offset: e.offset, reason: e.reason, ...lineAndColumn(text, e.offset) };
  }
}
