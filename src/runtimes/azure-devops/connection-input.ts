/** The task's service-connection input (`connectedService:AzureRM`); its own file so pure code can name it. */
export const CONNECTION_INPUT = 'azureSubscription';
