import { startBackground } from '@/lib/extension/background';

export default defineBackground(() => {
  startBackground();
});
