export { call, concern, failure, lcsEscalation } from './letters-fixture';
export { childInput } from '../../support/tracker-fixture';
