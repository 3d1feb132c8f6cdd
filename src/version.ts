import packageJson from '../package.json' with { type: 'json' }

/** Our own version, for SARIF's tool.driver and the reports' footers. */
export const TOOL_VERSION: string = packageJson.version
