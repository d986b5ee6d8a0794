import FakeQuantPlacement from '../../widgets/FakeQuantPlacement.svelte';
import { mounter } from '../mount.ts';

export default mounter(FakeQuantPlacement);
