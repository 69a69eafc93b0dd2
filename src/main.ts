import { main } from './publish/action/main.js';
await main();
