import ParamConverter from '../../widgets/ParamConverter.svelte';
import { mounter } from '../mount.ts';

export default mounter(ParamConverter);
