/**
 * Calico selector conformance, written from shared/calico-selectors.md. Valid rows give the
 * result on three label sets; invalid rows give the 1-based column of the error.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseSelector, SelectorError } from '../../src/inventory/calico/selector.js';

const E = {};
const AB = { a: 'b' };
const AXCD = { a: 'x', c: 'd' };

/** selector, then the result on {}, {a:"b"}, {a:"x",c:"d"} */
const VALID: [string, boolean, boolean, boolean][] = [
  // §5 quick examples
  ['a == "b"', false, true, false],
  ['a != "b"', true, false, true],
  ['!has(a)', true, false, false],
  ['a not in {"b"}', true, false, true],
  ['a in {}', false, false, false],
  ['a == "b" || c == "d" && a == "q"', false, true, false],
  ['(a == "b" || c == "d") && a == "x"', false, false, true],
  ['', true, true, true],
  ['all()', true, true, true],
  // empty and whitespace
  ['   ', true, true, true],
  ['\t', true, true, true],
  [' \t a == "b" \t ', false, true, false],
  // equality and quoting
  ["a == 'b'", false, true, false],
  ['a=="b"', false, true, false],
  ["a!='x'", true, true, false],
  ['a == ""', false, false, false],
  ['a != ""', true, true, true],
  ['a == "B"', false, false, false],
  ['A == "b"', false, false, false],
  ['a == "b "', false, false, false],
  ['a == "\'"', false, false, false],
  ["a == '\"'", false, false, false],
  ['a == "a\\\\b"', false, false, false],
  ['a == "x && y)"', false, false, false],
  ['a == "ü"', false, false, false],
  // has
  ['has(a)', false, true, true],
  ['has( a )', false, true, true],
  ['has(\tc\t)', false, false, true],
  ['has(c)', false, false, true],
  ['!!has(a)', false, true, true],
  ['!!!has(a)', true, false, false],
  ['! !! has(a)', true, false, false],
  ['!has(c)', true, true, false],
  // in / not in
  ['a in {"b"}', false, true, false],
  ['a in {"b", "x"}', false, true, true],
  ['a in {"b",}', false, true, false],
  ['a in{"x"}', false, false, true],
  ['a in { "b" , "b" }', false, true, false],
  ["a in {'b', \"x\"}", false, true, true],
  ['a not in {}', true, true, true],
  ['a notin {"x"}', true, true, false],
  ['a not  in {"x"}', true, true, false],
  ['a not\tin {"x"}', true, true, false],
  ['a not in {"b", "x"}', true, false, false],
  ['c in {"d"}', false, false, true],
  ['c not in {"d"}', true, true, false],
  // contains / starts with / ends with
  ['a contains "b"', false, true, false],
  ['a contains ""', false, true, true],
  ['a contains"x"', false, false, true],
  ['c contains "d"', false, false, true],
  ['a starts with "b"', false, true, false],
  ['a startswith "x"', false, false, true],
  ['a starts  with "x"', false, false, true],
  ['a ends with "b"', false, true, false],
  ['a endswith "x"', false, false, true],
  ['a ends\twith ""', false, true, true],
  ['a starts with ""', false, true, true],
  ['z contains ""', false, false, false],
  // precedence
  ['!a == "b"', true, false, true],
  ['!a in {"x"}', true, true, false],
  ['a == "x" || a == "b" && c == "d"', false, false, true],
  ['a == "b" && c == "d" || a == "x"', false, false, true],
  ['!(a == "b" || c == "d")', true, false, false],
  ['!a == "b" && !c == "d"', true, false, false],
  ['(a == "b") || (c == "d")', false, true, true],
  ['((a == "b"))', false, true, false],
  ['a == "b" || a == "x" || c == "q"', false, true, true],
  ['has(a) && has(c) && a == "x"', false, false, true],
  ['!(has(a) && !has(c))', true, false, true],
  // keywords are labels where a term is expected
  ['contains == "x"', false, false, false],
  ['has == "x"', false, false, false],
  ['in == "y"', false, false, false],
  ['not != "x"', true, true, true],
  ['all == "b"', false, false, false],
  ['contains contains "contains"', false, false, false],
  ['global()', true, true, true],
  ['global( )', true, true, true],
  ['all( )', true, true, true],
  ['!all()', false, false, false],
  ['all() && a == "b"', false, true, false],
  // label characters
  ['app.kubernetes.io/name == "web"', false, false, false],
  ['x_y-z.w/v == "1"', false, false, false],
  ['9lives == "x"', false, false, false],
  ['has(projectcalico.org/namespace)', false, false, false],
  [`${'a'.repeat(512)} == "x"`, false, false, false],
  ['has(-)', false, false, false],
];

/** selector, the 1-based column of the error */
const INVALID: [string, number][] = [
  ['a = "b"', 3],
  ['a & b', 3],
  ['a == "b" & c == "d"', 10],
  ['a == "b" | c == "d"', 10],
  ['a == b', 6],
  ['a == 1', 6],
  ["'b1' == a", 1],
  ['"b" == a', 1],
  ['a == "b', 6],
  ["a == 'b", 6],
  ['a == "a\\"b"', 10],
  ['a in "x"', 6],
  ['a notin"x"', 8],
  ['a in {,}', 7],
  ['a in {"x" "y"}', 11],
  ['a in {"x",,}', 11],
  ['a in {x}', 7],
  ['a in {"x"', 10],
  ['a in', 5],
  ['a containsx "y"', 3],
  ['label ends withs "v"', 12],
  ['a starts "x"', 10],
  ['a not "x"', 7],
  ['has (a)', 5],
  ['all ()', 5],
  ['global ()', 8],
  ['has()', 5],
  ['has(a b)', 7],
  ['has(a) == "b"', 8],
  ['all(a)', 5],
  ['foo(a)', 1],
  ['()', 2],
  ['(a == "b"', 10],
  ['(a == "b"))', 11],
  ['a == "b")', 9],
  ['a == "b" c == "d"', 10],
  ['a == "b" &&', 12],
  ['a == "b" ||', 12],
  ['&& a == "b"', 1],
  ['!', 2],
  ['a == "b" && !', 14],
  ['a', 2],
  ['a ==', 5],
  ['a == "b"\n', 9],
  ['a ==\n"b"', 5],
  ['\na == "b"', 1],
  ['a\u00a0== "b"', 2],
  ['a:b == "x"', 2],
  ['a* == "x"', 2],
  ['é == "x"', 1],
  [`${'a'.repeat(513)} == "x"`, 1],
  [`has(${'b'.repeat(513)})`, 5],
  ['!= "x"', 1],
  ['a !== "b"', 5],
  ['a == "b" !', 10],
  ['{"x"}', 1],
  ['a in {"x"} extra', 12],
];

describe('Calico selectors: valid', () => {
  it.each(VALID)('%j → %s %s %s', (sel, onEmpty, onAB, onAXCD) => {
    const s = parseSelector(sel);
    expect([evaluate(s, E), evaluate(s, AB), evaluate(s, AXCD)]).toEqual([onEmpty, onAB, onAXCD]);
  });
});

describe('Calico selectors: invalid, with the error column', () => {
  it.each(INVALID)('%j → column %i', (sel, column) => {
    let err: unknown;
    try {
      parseSelector(sel);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SelectorError);
    expect((err as SelectorError).offset + 1).toBe(column);
  });
});

describe('Calico selectors: more evaluation', () => {
  it.each([
    ['has(a)', { a: '' }, true],
    ['a == ""', { a: '' }, true],
    ['a contains "b"', { a: 'abc' }, true],
    ['a starts with "ab"', { a: 'abc' }, true],
    ['a ends with "bc"', { a: 'abc' }, true],
    ['a ends with "ab"', { a: 'abc' }, false],
    ['a in {"x", "y"}', { a: 'y' }, true],
    ['pcsa.team == "blue"', { 'pcsa.team': 'blue' }, true],
  ] as const)('%s on %j → %s', (sel, labels, expected) => {
    expect(evaluate(parseSelector(sel), labels)).toBe(expected);
  });
  it('has at least 150 cases', () => expect(VALID.length + INVALID.length + 8).toBeGreaterThanOrEqual(150));
});
