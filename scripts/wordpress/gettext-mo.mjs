// A .po → .mo compiler for the plugin's catalogue (GNU gettext's binary format), so the build needs no msgfmt.

/** Reads a C-style quoted PO string. */
const unquote = (text) => JSON.parse(text.replace(/\\([^"\\nt])/g, '$1'));

/**
 * Parses the entries of a .po file (msgctxt, msgid, msgstr; no plurals).
 * @param {string} source
 * @returns {{ context?: string, id: string, text: string }[]}
 */
export function parsePo(source) {
  const entries = [];
  let entry = {};
  let field;
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgstr !== undefined) entries.push({ context: entry.msgctxt, id: entry.msgid, text: entry.msgstr });
    entry = {};
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const start = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (start) {
      if (start[1] === 'msgctxt' || (start[1] === 'msgid' && entry.msgstr !== undefined)) flush();
      field = start[1];
      entry[field] = unquote(start[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line);
    } else {
      throw new Error(`unsupported .po line: ${line}`);
    }
  }
  flush();
  return entries;
}

/**
 * Compiles .po entries into a little-endian .mo file (no hash table: readers fall back to binary search).
 * @param {{ context?: string, id: string, text: string }[]} entries
 * @returns {Buffer}
 */
export function compileMo(entries) {
  const pairs = entries
    .filter((entry) => entry.text !== '' || entry.id === '')
    .map((entry) => [Buffer.from(entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`), Buffer.from(entry.text)])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = pairs.length;
  const headerSize = 28;
  const originalsAt = headerSize;
  const translationsAt = originalsAt + count * 8;
  let dataAt = translationsAt + count * 8;
  const header = Buffer.alloc(dataAt);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(originalsAt, 12);
  header.writeUInt32LE(translationsAt, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(dataAt, 24);
  const data = [];
  for (const [column, tableAt] of [[0, originalsAt], [1, translationsAt]]) {
    pairs.forEach((pair, index) => {
      const bytes = pair[column];
      header.writeUInt32LE(bytes.length, tableAt + index * 8);
      header.writeUInt32LE(dataAt, tableAt + index * 8 + 4);
      data.push(bytes, Buffer.from([0]));
      dataAt += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...data]);
}
