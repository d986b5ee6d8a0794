import ModelComparison from '../../widgets/ModelComparison.svelte';
import { mounter } from '../mount.ts';

export default mounter(ModelComparison);
