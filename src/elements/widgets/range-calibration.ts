import RangeCalibration from '../../widgets/RangeCalibration.svelte';
import { mounter } from '../mount.ts';

export default mounter(RangeCalibration);
