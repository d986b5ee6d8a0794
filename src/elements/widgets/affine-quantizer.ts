import AffineQuantizer from '../../widgets/AffineQuantizer.svelte';
import { mounter } from '../mount.ts';

export default mounter(AffineQuantizer);
