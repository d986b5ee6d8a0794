import DetailsDecoder from '../../widgets/DetailsDecoder.svelte';
import { mounter } from '../mount.ts';

export default mounter(DetailsDecoder);
