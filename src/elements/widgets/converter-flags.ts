import ConverterFlags from '../../widgets/ConverterFlags.svelte';
import { mounter } from '../mount.ts';

export default mounter(ConverterFlags);
