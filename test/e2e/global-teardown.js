/* After the e2e run: stops the browser global-setup.js started. */
module.exports = async () => {
  await globalThis.__promoBrowserServer?.close();
};
