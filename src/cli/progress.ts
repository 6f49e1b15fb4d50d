/**
 * Build progress on a terminal: a live line with what each edition is doing
 * (loading, fitting, printing…) under the finished lines. Not a TTY (CI, a
 * pipe): only the finished lines.
 */
import { basename } from 'node:path';
import { printable } from '../escape/terminal.js';
import type { Output } from './output.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export class Progress {
  private active = new Map<string, string>();
  private frame = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawn = false;

  constructor(
    output: Output,
    private live = Boolean(process.stderr.isTTY) && !output.quiet && !process.env.CI,
  ) {}

  stage(file: string, stage: string): void {
    if (!this.live) return;
    this.active.set(basename(file).replace(/\.md$/i, ''), stage);
    this.timer ??= setInterval(() => this.draw(), 90);
    this.timer.unref?.();
    this.draw();
  }

  finish(file: string): void {
    this.active.delete(basename(file).replace(/\.md$/i, ''));
    if (!this.active.size) this.stop();
  }

  /** Prints a finished line above the live line. */
  line(write: (text: string) => void, text: string): void {
    this.clear();
    write(text);
    if (this.active.size) this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private draw(): void {
    if (!this.live || !this.active.size) return;
    this.frame = (this.frame + 1) % FRAMES.length;
    const parts = [...this.active].map(([stem, stage]) => `${printable(stem)}: ${stage}`);
    const width = Math.max(20, (process.stderr.columns || 100) - 4);
    const text = `${FRAMES[this.frame]} ${parts.join(' · ')}`.slice(0, width);
    process.stderr.write(`\r\u001b[2K${text}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) process.stderr.write('\r\u001b[2K');
    this.drawn = false;
  }
}
