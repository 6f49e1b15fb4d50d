import { sourceFromBytes } from './src/load/read-source.js';
import { parseRoadmap } from './src/parse/index.js';
const md = (s: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(s))).edition.sections.flatMap((x) => x.initiatives.map((i) => [i.title, i.status]));
console.log(md('# R\n\nMilestones:\n\n- ~~__September 2018__: a demo.~~ __Done!__ [out][s]!\n- __2019 Q3__: bridge node software for Ethereum.\n- __2019 Q4__: `mainnet` release.\n\n[s]: https://x.org\n'));
console.log(md('# R\n\nMilestones:\n\n- ~~Make a demo~~ __Done!__ [out][s]!\n- Bridge node software for Ethereum.\n- Mainnet release.\n\n[s]: https://x.org\n'));
console.log(md('# R\n\nMilestones:\n\n- ~~Make a demo~~ **Done**\n- Bridge node software for Ethereum.\n- Mainnet release.\n'));
console.log(md('# R\n\nMilestones:\n\n- ~~__September 2018__: a demo.~~ __Done!__\n- __2019 Q3__: bridge node software for Ethereum.\n- __2019 Q4__: `mainnet` release.\n'));
console.log(md('# R\n\nMilestones:\n\n- ~~September 2018: a demo.~~\n- 2019 Q3: bridge node software for Ethereum.\n- 2019 Q4: `mainnet` release.\n'));
