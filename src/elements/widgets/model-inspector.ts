import ModelInspector from '../../widgets/ModelInspector.svelte';
import { mounter } from '../mount.ts';

export default mounter(ModelInspector);
