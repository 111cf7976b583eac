// One matcher over the real knowledge base, compiled from content/ as the CLI does.
import { diagnose, type DiagnoseOptions } from '../../../src/lib/diagnose/diagnose.ts';
import { loadIndexFromContent } from '../../../src/lib/content/load-index-fs.ts';
import { createMatcher } from '../../../src/lib/diagnose/matcher.ts';

export const matcher = createMatcher(loadIndexFromContent('content'));
export const diagnoseText = (text: string, options?: DiagnoseOptions) =>
  diagnose(matcher, text, options);
