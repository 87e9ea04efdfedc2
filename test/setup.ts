// Runs before every test file (vitest.config.ts `setupFiles`).
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers.js';

// Temporary folders of the file's tests go when the file is done, wherever tempDir() was called.
afterAll(removeTempDirs);
