import { findPeriod, bucketOf } from './src/parse/period.js';
for (const t of ['2023/2024', '2023-2024', '2023 – 2024', '2020 and 2021', 'FY2023/24', '2019 – 2021'])
  console.log(t, JSON.stringify(findPeriod(t)), JSON.stringify(bucketOf(t)));
