export default defineBackground(() => {
  console.debug('Role Lens background ready');
});
