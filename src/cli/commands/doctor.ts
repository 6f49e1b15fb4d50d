/** `roadmap-deck doctor [--fix]`. */
import { checks, fix } from '../../doctor/index.js';
import type { DoctorArgs } from '../options.js';
import { paint, type Output } from '../output.js';

export async function doctorCommand(args: DoctorArgs, output: Output): Promise<number> {
  if (args.fix) {
    const ok = await fix((line) => output.out(line));
    if (!ok) return 3;
  }
  const results = await checks();
  for (const check of results) {
    output.out(`${check.ok ? paint(output, 'green', '✓') : paint(output, 'red', '✗')} ${check.name}: ${check.detail}${check.hint ? `\n    ${check.hint}` : ''}`);
  }
  return results.every((c) => c.ok) ? 0 : 3;
}
