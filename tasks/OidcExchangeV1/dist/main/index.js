// The task's main entry point; the code is in ../bundle (scripts/build.ts).
import { start } from '../bundle/index.js';
await start('main');
