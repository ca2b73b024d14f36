// The task's aws-process entry point; the code is in ../bundle (scripts/build.ts).
import { start } from '../bundle/index.js';
await start('aws-process');
