// The one place the extension's scripts call the analysis core, with the user's custom cues.
import { analyzePosting } from '../analysis';
import type { AnalysisResult, CustomCue } from '../analysis/schema';

export interface TextToAnalyze {
  title?: string;
  text: string;
}

export function analyzeWithCues(input: TextToAnalyze, cues: readonly CustomCue[]): AnalysisResult {
  return analyzePosting(input.title ? { title: input.title, text: input.text } : { text: input.text }, {
    extraCues: [...cues],
  });
}
