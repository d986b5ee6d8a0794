import PerChannelWeights from '../../widgets/PerChannelWeights.svelte';
import { mounter } from '../mount.ts';

export default mounter(PerChannelWeights);
