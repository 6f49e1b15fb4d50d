// roadmap-deck never lets `npm ci` download a browser: on a machine without
// network access that download fails and takes the whole install down with it.
// `npm run setup` (roadmap-deck doctor --fix) finds or installs a browser instead.
module.exports = {
  skipDownload: process.env.ROADMAP_DECK_PUPPETEER_DOWNLOAD !== '1',
};
