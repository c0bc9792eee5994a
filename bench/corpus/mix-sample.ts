import fs from 'node:fs';
import path from 'node:path';

/**
 * Adds the repository's sample questions, and the authors they name, to a generated corpus, so the
 * search issue's query set can be asked of a large site: its answers must still come out on top
 * among thousands of generated pages of legal text. Returns the number of questions added.
 */
export function mixInSample(sampleContent: string, corpusContent: string): number {
  const questions = fs.globSync('questions/*.md', { cwd: sampleContent });
  for (const file of [...questions, ...fs.globSync('lawyers/*.yaml', { cwd: sampleContent })]) {
    const target = path.join(corpusContent, file);
    if (fs.existsSync(target)) {
      if (file.startsWith('questions/')) throw new Error(`the generated corpus already has ${file}`);
      continue;
    }
    fs.cpSync(path.join(sampleContent, file), target);
  }
  return questions.length;
}
