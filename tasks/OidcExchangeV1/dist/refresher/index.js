// The task's refresher entry point; the code is in ../bundle (scripts/build.ts).
import { start } from '../bundle/index.js';
await start('refresher');
