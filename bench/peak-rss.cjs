// Preloaded into benchmarked Node processes: writes the peak resident set size (KB) on exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.ROADMAP_DECK_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
