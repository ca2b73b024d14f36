/**
 * A later workflow step using the exported variables the way a Databricks app does: the Databricks
 * JS SDK configured only from the environment (DATABRICKS_HOST, DATABRICKS_TOKEN). Prints who the
 * workspace says the caller is.
 */
import { WorkspaceClient } from '@databricks/sdk-experimental';

const workspace = new WorkspaceClient({});
const me = await workspace.currentUser.me();
process.stdout.write(JSON.stringify({ userName: me.userName, displayName: me.displayName }));
