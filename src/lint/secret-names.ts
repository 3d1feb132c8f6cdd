// Names of build arguments and environment variables that usually carry a credential (hadolint DL3064's list).

/** Well-known variable names, upper case, that hold tokens, passwords or keys of popular services. */
export const KNOWN_SECRET_NAMES: ReadonlySet<string> = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY', 'BITTREX_API_SECRET',
  'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN',
  'HEROKU_API_KEY', 'HEROKU_API_USER',
  'NPM_AUTH_TOKEN', 'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN', 'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD',
  'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO',
  'VAULT_CLIENT_KEY', 'VAULT_TOKEN'
])

/** Lower-case fragments that mark any name as a likely secret. */
const SECRET_FRAGMENTS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username']

export function looksSecret(name: string): boolean {
  const lower = name.toLowerCase()
  return KNOWN_SECRET_NAMES.has(name.toUpperCase()) || SECRET_FRAGMENTS.some((f) => lower.includes(f))
}
