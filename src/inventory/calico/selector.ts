/**
 * Calico's label-selector language (shared/calico-selectors.md): a scanner-less recursive-descent
 * parser whose errors carry the offset inside the selector, and the evaluator.
 *
 * Selectors come from pull requests, so no input may exhaust the stack: `&&` and `||` chains are
 * flat lists (10,000 terms cost no depth), runs of `!` collapse into one negation, and parentheses
 * nest at most MAX_NESTING deep, more than a selector within Calico's 1,024 characters can hold.
 */

export type Selector =
  | { k: 'all' }
  | { k: 'global' }
  | { k: 'has'; label: string }
  | { k: 'eq' | 'ne' | 'contains' | 'starts' | 'ends'; label: string; value: string }
  | { k: 'in' | 'notin'; label: string; values: string[] }
  | { k: 'not'; e: Selector }
  | { k: 'and' | 'or'; items: Selector[] };

export class SelectorError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the selector where the problem is. */
    readonly offset: number,
  ) {
    super(message);
  }
}

export const MAX_LABEL = 512;
/** Deepest nesting of parentheses parsed; 1,024 characters hold at most 509 levels. */
export const MAX_NESTING = 512;

const isLabelChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_./-]/.test(c);

class Parser {
  pos = 0;
  private depth = 0;
  constructor(readonly s: string) {}

  private ws(): void {
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\t') this.pos++;
  }

  private fail(message: string, at = this.pos): never {
    throw new SelectorError(message, at);
  }

  private describe(at = this.pos): string {
    const c = this.s[at];
    if (c === undefined) return 'the end of the selector';
    if (c === '\n') return 'a newline';
    if (c === '\r') return 'a carriage return';
    return `\`${c}\``;
  }

  private word(): string {
    const start = this.pos;
    while (isLabelChar(this.s[this.pos])) this.pos++;
    return this.s.slice(start, this.pos);
  }

  private label(what: string): string {
    const start = this.pos;
    const l = this.word();
    if (l === '') this.fail(`expected ${what}, found ${this.describe(start)}`, start);
    if (l.length > MAX_LABEL) this.fail(`a label name is at most ${MAX_LABEL} characters, this one has ${l.length}`, start);
    return l;
  }

  private string(after: string): string {
    this.ws();
    const q = this.s[this.pos];
    if (q !== '"' && q !== "'") this.fail(`expected a quoted string after ${after}, found ${this.describe()}`);
    const start = this.pos;
    const end = this.s.indexOf(q, start + 1);
    if (end === -1) this.fail(`the string that starts here has no closing ${q}`, start);
    this.pos = end + 1;
    return this.s.slice(start + 1, end);
  }

  private set(after: string): string[] {
    this.ws();
    if (this.s[this.pos] !== '{') this.fail(`expected a set {"a", "b"} after ${after}, found ${this.describe()}`);
    this.pos++;
    const values: string[] = [];
    this.ws();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return values;
    }
    for (;;) {
      values.push(this.string('`{` or `,`'));
      this.ws();
      const c = this.s[this.pos];
      if (c === '}') {
        this.pos++;
        return [...new Set(values)];
      }
      if (c !== ',') this.fail(`expected \`,\` or \`}\` in the set, found ${this.describe()}`);
      this.pos++;
      this.ws();
      if (this.s[this.pos] === '}') {
        this.pos++;
        return [...new Set(values)];
      }
    }
  }

  parse(): Selector {
    this.ws();
    if (this.pos === this.s.length) return { k: 'all' };
    const e = this.or();
    this.ws();
    if (this.pos !== this.s.length) this.fail(`unexpected ${this.describe()} after a complete expression`);
    return e;
  }

  private or(): Selector {
    const items = [this.and()];
    for (;;) {
      this.ws();
      if (this.s.startsWith('||', this.pos)) {
        this.pos += 2;
        items.push(this.and());
      } else if (this.s[this.pos] === '|') this.fail('a single `|` is not an operator; use `||`');
      else return items.length === 1 ? items[0]! : { k: 'or', items };
    }
  }

  private and(): Selector {
    const items = [this.term()];
    for (;;) {
      this.ws();
      if (this.s.startsWith('&&', this.pos)) {
        this.pos += 2;
        items.push(this.term());
      } else if (this.s[this.pos] === '&') this.fail('a single `&` is not an operator; use `&&`');
      else return items.length === 1 ? items[0]! : { k: 'and', items };
    }
  }

  private term(): Selector {
    let negations = 0;
    for (;;) {
      this.ws();
      if (this.s[this.pos] === '!' && this.s[this.pos + 1] !== '=') {
        negations++;
        this.pos++;
      } else break;
    }
    const p = this.primary();
    return negations % 2 === 1 ? { k: 'not', e: p } : p;
  }

  private primary(): Selector {
    this.ws();
    const start = this.pos;
    const c = this.s[this.pos];
    if (c === '(') {
      if (++this.depth > MAX_NESTING) this.fail(`parentheses are nested more than ${MAX_NESTING} levels deep`);
      this.pos++;
      const e = this.or();
      this.depth--;
      this.ws();
      if (this.s[this.pos] !== ')') this.fail(`expected \`)\` to close the \`(\` at column ${start + 1}, found ${this.describe()}`);
      this.pos++;
      return e;
    }
    if (!isLabelChar(c)) this.fail(`expected a label, \`has(\`, \`all()\`, \`!\` or \`(\`, found ${this.describe()}`);
    const label = this.label('a label');
    if (this.s[this.pos] === '(') {
      if (label === 'has') {
        this.pos++;
        this.ws();
        const l = this.label('a label inside `has(`');
        this.ws();
        if (this.s[this.pos] !== ')') this.fail(`expected \`)\` to close \`has(\`, found ${this.describe()}`);
        this.pos++;
        return { k: 'has', label: l };
      }
      if (label === 'all' || label === 'global') {
        this.pos++;
        this.ws();
        if (this.s[this.pos] !== ')') this.fail(`\`${label}(\` takes no argument; expected \`)\`, found ${this.describe()}`);
        this.pos++;
        return { k: label };
      }
      this.fail(`\`${label}(\` is not a function; only has(), all() and global() are`, start);
    }
    this.ws();
    const opAt = this.pos;
    if (this.s.startsWith('==', this.pos)) {
      this.pos += 2;
      return { k: 'eq', label, value: this.string('`==`') };
    }
    if (this.s.startsWith('!=', this.pos)) {
      this.pos += 2;
      return { k: 'ne', label, value: this.string('`!=`') };
    }
    if (this.s[this.pos] === '=') this.fail('a single `=` is not an operator; use `==`');
    const w = this.word();
    switch (w) {
      case 'in':
        return { k: 'in', label, values: this.set('`in`') };
      case 'notin':
        return { k: 'notin', label, values: this.set('`not in`') };
      case 'not': {
        this.ws();
        const at = this.pos;
        if (this.word() !== 'in') this.fail('expected `in` after `not`', at);
        return { k: 'notin', label, values: this.set('`not in`') };
      }
      case 'contains':
        return { k: 'contains', label, value: this.string('`contains`') };
      case 'startswith':
        return { k: 'starts', label, value: this.string('`starts with`') };
      case 'endswith':
        return { k: 'ends', label, value: this.string('`ends with`') };
      case 'starts':
      case 'ends': {
        this.ws();
        const at = this.pos;
        if (this.word() !== 'with') this.fail(`expected \`with\` after \`${w}\``, at);
        return w === 'starts' ? { k: 'starts', label, value: this.string('`starts with`') } : { k: 'ends', label, value: this.string('`ends with`') };
      }
      case '':
        return this.fail(`expected an operator after label \`${label}\` (==, !=, in, not in, contains, starts with, ends with), found ${this.describe(opAt)}`, opAt);
      default:
        return this.fail(`\`${w}\` is not an operator; expected ==, !=, in, not in, contains, starts with or ends with`, opAt);
    }
  }
}

/** Parses a selector; throws SelectorError with the offset of the problem. */
export function parseSelector(s: string): Selector {
  return new Parser(s).parse();
}

export type Labels = Readonly<Record<string, string>>;

export function evaluate(sel: Selector, labels: Labels): boolean {
  const has = (l: string): boolean => Object.prototype.hasOwnProperty.call(labels, l);
  switch (sel.k) {
    case 'all':
    case 'global':
      return true;
    case 'has':
      return has(sel.label);
    case 'eq':
      return has(sel.label) && labels[sel.label] === sel.value;
    case 'ne':
      return !has(sel.label) || labels[sel.label] !== sel.value;
    case 'in':
      return has(sel.label) && sel.values.includes(labels[sel.label]!);
    case 'notin':
      return !has(sel.label) || !sel.values.includes(labels[sel.label]!);
    case 'contains':
      return has(sel.label) && labels[sel.label]!.includes(sel.value);
    case 'starts':
      return has(sel.label) && labels[sel.label]!.startsWith(sel.value);
    case 'ends':
      return has(sel.label) && labels[sel.label]!.endsWith(sel.value);
    case 'not':
      return !evaluate(sel.e, labels);
    case 'and':
      return sel.items.every((e) => evaluate(e, labels));
    case 'or':
      return sel.items.some((e) => evaluate(e, labels));
  }
}

/** Every label name the selector reads. */
export function labelsOf(sel: Selector): string[] {
  switch (sel.k) {
    case 'all':
    case 'global':
      return [];
    case 'not':
      return labelsOf(sel.e);
    case 'and':
    case 'or':
      return sel.items.flatMap(labelsOf);
    default:
      return [sel.label];
  }
}

/** True when `global()` appears anywhere in the selector. */
export function usesGlobal(sel: Selector): boolean {
  switch (sel.k) {
    case 'global':
      return true;
    case 'not':
      return usesGlobal(sel.e);
    case 'and':
    case 'or':
      return sel.items.some(usesGlobal);
    default:
      return false;
  }
}
