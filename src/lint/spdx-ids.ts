// The SPDX License List's license identifiers, from the spdx-license-ids package, deprecated ones included because
// hadolint's parser (Cabal's SPDX LicenseId) still accepts them. Exceptions (`WITH …`) and `LicenseRef-…` are not
// license identifiers.
import current from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' }

export const SPDX_LICENSE_IDS: ReadonlySet<string> = new Set([...current, ...deprecated])
