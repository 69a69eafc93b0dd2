// The baseline of SPEC §8: read the same files saguard reads and parse every document with
// `yaml.parseAllDocuments` (default options), nothing else. argv: a file listing one path per line.
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

const list = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let documents = 0;
for (const file of list) documents += parseAllDocuments(fs.readFileSync(file, 'utf8')).length;
process.stdout.write(JSON.stringify({ documents }) + '\n');
