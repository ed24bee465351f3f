import { call } from '../../api';
import { useLoad } from '../use-load';

/** Who is using the app and what they may do: pages hide what the API would refuse anyway. */
export function useMe() {
  return useLoad(() => call('people.me', {}), []);
}
