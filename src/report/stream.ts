/** JSON written as it is made: a document whose one big array is serialised item by item. */

/**
 * Writes `root` as JSON, where `holder[key]` (an empty array inside `root`) is filled with
 * `item(x)` for every x of `items`, serialised one by one. Pretty output equals
 * `JSON.stringify(root, null, 2)` with the array filled in; a line break ends it.
 */
export function writeJsonArray<T>(
  root: unknown,
  holder: Record<string, unknown>,
  key: string,
  items: readonly T[],
  item: (x: T) => unknown,
  pretty: boolean,
  write: (chunk: string) => void,
): void {
  if (items.length === 0) {
    holder[key] = [];
    write(JSON.stringify(root, null, pretty ? 2 : undefined) + '\n');
    return;
  }
  const MARK = '\u0000saguard-items\u0000';
  holder[key] = [MARK];
  const text = JSON.stringify(root, null, pretty ? 2 : undefined);
  const quoted = JSON.stringify(MARK);
  const at = text.indexOf(quoted);
  holder[key] = [];
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = pretty ? text.slice(lineStart, at) : '';
  write(text.slice(0, pretty ? lineStart : at));
  let chunk = '';
  items.forEach((x, i) => {
    const json = JSON.stringify(item(x), null, pretty ? 2 : undefined);
    chunk += (i === 0 ? '' : pretty ? ',\n' : ',') + (pretty ? indent + json.replace(/\n/g, `\n${indent}`) : json);
    if (chunk.length > 1 << 20) {
      write(chunk);
      chunk = '';
    }
  });
  write(chunk + text.slice(at + quoted.length) + '\n');
}
