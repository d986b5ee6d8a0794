import IntegerLayerStepper from '../../widgets/IntegerLayerStepper.svelte';
import { mounter } from '../mount.ts';

export default mounter(IntegerLayerStepper);
